#!/bin/bash
# SPDX-License-Identifier: GPL-2.0

./in_netns.sh ./rxtimestamp $@
