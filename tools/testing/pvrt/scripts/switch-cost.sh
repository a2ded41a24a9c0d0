#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# switch-cost.sh N CPUS...: with CPUS vCPUs online in turn and nothing
# else running, time N empty stop_machine() calls and N switches to
# paravirt and back, each with the longest time interrupts were off on a
# CPU if the kernel has the irqsoff tracer; then bring every CPU online.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

empty() {
	echo "pvrt: empty stop_machine $(cat /sys/kernel/debug/x86/pv_stop_machine_ns) ns"
}

switch() {
	echo "$1" > "$PV_LOCK_OPS" || exit 1
	echo "pvrt: switch $(sed -n 's/^last switch: //p' "$PV_LOCK_OPS")"
}

n=$1
shift
irqsoff_start
for cpus; do
	online_cpus "$cpus"
	echo "pvrt: switch cost, $cpus vCPUs online"
	for _ in $(seq "$n"); do
		irqsoff empty
		irqsoff switch paravirt
		irqsoff switch native
	done
done
grep '^sites' "$PV_LOCK_OPS"
online_cpus 99
