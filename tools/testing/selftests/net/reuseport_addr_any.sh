#!/bin/sh
# SPDX-License-Identifier: GPL-2.0

./in_netns.sh ./reuseport_addr_any
