#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# switch-stress.sh types SECS TYPE... | hotplug SECS PARAM... |
#                  modules TIMES SECS
# While the lock ops switch about every 100 ms: locktorture of each TYPE
# for SECS; or spin_lock for SECS with the module parameters PARAM; or
# spin_lock for SECS, loaded and unloaded TIMES times.  Then the KUnit
# suite.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

start_switching
case $1 in
types)
	secs=$2
	shift 2
	for t; do
		locktorture "$t" "$secs"
	done
	;;
hotplug)
	secs=$2
	shift 2
	locktorture spin_lock "$secs" 4 "$@"
	;;
modules)
	for _ in $(seq "$2"); do
		locktorture spin_lock "$3"
	done
	;;
esac
stop_switching
runtime_test
