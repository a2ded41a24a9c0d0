#!/bin/bash
# SPDX-License-Identifier: GPL-2.0

./with_stress.sh -s subsys -s fork ${OUTPUT:-.}/test_core
