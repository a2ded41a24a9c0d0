#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# auto-load.sh SECS BLOCK: the guest side of pvrt bench's changing host
# load (auto-phases-host.sh).  For SECS, run blocks of lockbench.ko with
# a kthread per vCPU: its lock-free reference for 1 s, then spin_lock for
# BLOCK seconds.  Before each block, report as auto-phases.sh does, then
# print the block's mode as bench-lock.sh does:
#
#   pvrt: auto UPTIME MODE
#   pvrt: block K: MODE ALT, CPUS vCPUs, hints H
#
# Then the debugfs file, and the kernel's messages of each switch.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1 len=$2
# The first load of the module taints the kernel, with a warning that
# quiet would not keep off a report line: load it once before.
insmod /lib/modules/lockbench.ko mode=lock secs=1 || exit 1
rmmod lockbench || exit 1
quiet
echo "pvrt: guest ready"
read -r up _ < /proc/uptime
end=$((${up%.*} + secs)) block=0
while [ "${up%.*}" -lt "$end" ]; do
	mode=$(sed -n 's/^mode: //p' "$PV_LOCK_OPS")
	echo "pvrt: auto $up $mode"
	echo "pvrt: block $block: $mode" \
		"$(sed -n 's/^kvm_pvspin_alt: //p' "$PV_LOCK_OPS")," \
		"$(nproc) vCPUs, hints" \
		"$(sed -n 's/^kvm hints: 0x//p' "$PV_LOCK_OPS")"
	echo "pvrt: run free"
	lockbench free 1 || exit 1
	echo "pvrt: run lock"
	lockbench lock "$len" || exit 1
	block=$((block + 1))
	read -r up _ < /proc/uptime
done
loud
cat "$PV_LOCK_OPS"
dmesg | grep 'paravirt_runtime: auto:' || :
echo "pvrt: phases over"
