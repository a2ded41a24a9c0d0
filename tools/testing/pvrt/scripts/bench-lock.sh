#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# bench-lock.sh SECS WORKS CPUS:HINTS...: the blocks of pvrt bench's
# throughput part.  For each block, the guest brings CPUS vCPUs online,
# asks the host for HINTS (hint-phases-host.sh), waits until it has
# handled them, whatever its lock ops make of them, and prints its mode;
# then it runs each of WORKS, a comma-separated list, for SECS:
#   free, lock, irq	lockbench.ko with that mode: a kthread per vCPU
#			(lockbench/lockbench.c), whose report it prints
#   msg			pvload msg with a pair of processes per vCPU

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1 works=$2
shift 2
quiet
echo "pvrt: guest ready"
block=0
for phase; do
	cpus=${phase%:*} hints=${phase#*:}
	online_cpus "$cpus"
	echo "pvrt: want hints $hints"
	until grep -q "^kvm hints: 0x$hints$" "$PV_LOCK_OPS"; do
		sleep 0.02
	done
	echo "pvrt: block $block: $(sed -n 's/^mode: //p' "$PV_LOCK_OPS")" \
		"$(sed -n 's/^kvm_pvspin_alt: //p' "$PV_LOCK_OPS")," \
		"$cpus vCPUs, hints $hints"
	for w in $(echo "$works" | tr , ' '); do
		echo "pvrt: run $w"
		if [ "$w" = msg ]; then
			pvload msg "$secs" "$cpus" || exit 1
			continue
		fi
		lockbench "$w" "$secs" || exit 1
	done
	block=$((block + 1))
done
loud
