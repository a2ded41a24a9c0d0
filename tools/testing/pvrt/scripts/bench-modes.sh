#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# bench-modes.sh SECS REPS CPUS:HINTS...: locktorture and pvload in
# phases, for kvm-pvspin-alt.  In each phase, the guest brings CPUS vCPUs
# online, asks the host for HINTS (hint-phases-host.sh), and waits until
# it has handled them, whatever its lock ops make of them; then it runs
# REPS times, for SECS each, locktorture spin_lock and rw_lock with a
# writer per vCPU (and as many readers), and pvload msg with a pair per
# vCPU.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1 reps=$2
shift 2
quiet
echo "pvrt: guest ready"
for phase; do
	cpus=${phase%:*} hints=${phase#*:}
	online_cpus "$cpus"
	echo "pvrt: want hints $hints"
	until grep -q "^kvm hints: 0x$hints$" "$PV_LOCK_OPS"; do
		sleep 0.02
	done
	echo "pvrt: phase $(sed -n 's/^mode: //p' "$PV_LOCK_OPS")" \
		"$(sed -n 's/^kvm_pvspin_alt: //p' "$PV_LOCK_OPS")," \
		"$cpus vCPUs, hints $hints"
	for rep in $(seq "$reps"); do
		for w in spin_lock rw_lock msg; do
			echo "pvrt: run $w $rep"
			if [ $w = msg ]; then
				pvload msg "$secs" "$cpus" || exit 1
			else
				locktorture $w "$secs" "$cpus"
			fi
		done
	done
done
loud
