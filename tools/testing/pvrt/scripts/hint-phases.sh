#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# hint-phases.sh SECS CPUS:HINTS...: locktorture phases of SECS in a
# guest of 4 vCPUs.  In each phase, the guest brings CPUS vCPUs online,
# asks the host for HINTS and waits until its mode follows them, then
# runs locktorture spin_lock with a writer per vCPU.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1
shift
quiet
echo "pvrt: guest ready"
for phase; do
	cpus=${phase%:*} hints=${phase#*:}
	if [ "$hints" = 1 ]; then mode=native; else mode=paravirt; fi
	for c in 2 3; do
		echo $((c < cpus)) > /sys/devices/system/cpu/cpu$c/online
	done
	echo "pvrt: want hints $hints"
	until grep -q "^mode: $mode" "$PV_LOCK_OPS"; do sleep 0.02; done
	echo "pvrt: phase mode: $mode, $cpus vCPUs"
	locktorture spin_lock "$secs" "$cpus"
done
loud
