#!/bin/bash
# SPDX-License-Identifier: GPL-2.0

./nosymfollow-test
