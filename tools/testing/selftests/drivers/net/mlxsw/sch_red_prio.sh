#!/bin/bash
# SPDX-License-Identifier: GPL-2.0

QDISC=prio
source sch_red_ets.sh
