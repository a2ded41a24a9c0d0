#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# switch-cost.sh N GAPS CPUS...: with CPUS vCPUs online in turn and
# nothing else running, time N empty stop_machine() calls and N switches
# to paravirt and back, each with how long interrupts were off on each
# CPU if the kernel has the irqsoff tracer, and the same over GAPS
# windows of IDLE_WINDOW s without a switch; then GAPS switches to
# paravirt and back with pvgap running on every online CPU (gapped
# below).  Before and after each number of CPUs print the sync rounds
# and grace periods of the switches so far; then bring every CPU online.
#
# The script, and with it every debugfs write that switches, runs on
# CPU 0, the CPU that rewrites the sites with either engine: the primary
# of stop_machine() is the first online CPU, and the phased engine
# writes from the task that asked for the switch.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

# Seconds that pvgap runs before the switch, the measure of the bed.
GAP_SETTLE=0.3
# Seconds of a window without a switch, about as long as a switch.
IDLE_WINDOW=0.2
RT_RUNTIME=/proc/sys/kernel/sched_rt_runtime_us

empty() {
	echo "pvrt: empty stop_machine $(cat /sys/kernel/debug/x86/pv_stop_machine_ns) ns"
}

last_switch() {
	sed -n 's/^last switch: //p' "$PV_LOCK_OPS"
}

switch() {
	echo "$1" > "$PV_LOCK_OPS" || exit 1
	echo "pvrt: switch $(last_switch)"
}

idle() {
	sleep "$IDLE_WINDOW"
	echo "pvrt: no switch $IDLE_WINDOW s"
}

counters() {
	echo "pvrt: counters $(sed -n 's/^sync rounds: //p' "$PV_LOCK_OPS")" \
		"sync rounds, $(sed -n 's/^grace periods: //p' "$PV_LOCK_OPS")" \
		"grace periods"
}

# gap_wait LINE: wait up to 10 s for pvgap to print LINE.
gap_wait() {
	gw_n=0
	until grep -q "^$1" /tmp/gap; do
		gw_n=$((gw_n + 1))
		[ "$gw_n" -le 500 ] || return 1
		sleep 0.02
	done
}

# gapped MODE: switch to MODE while pvgap runs on every online CPU: start
# it, let it run GAP_SETTLE s, mark, switch, and stop it.  Print the
# switch's time and, for each CPU, the policy of pvgap's thread and the
# longest time it could not run after the mark and before it; nothing of
# the CPUs if pvgap did not start.
gapped() {
	: > /tmp/gap
	pvgap > /tmp/gap &
	gp_pid=$!
	if gap_wait "pvgap: ready" && sleep "$GAP_SETTLE" &&
		kill -USR1 "$gp_pid" && gap_wait "pvgap: mark"; then
		echo "$1" > "$PV_LOCK_OPS" || exit 1
	else
		echo "$1" > "$PV_LOCK_OPS" || exit 1
		echo "pvrt: pvgap did not start"
	fi
	kill "$gp_pid"
	wait "$gp_pid"
	grep refused /tmp/gap
	echo "pvrt: gap switch $(last_switch):$(gap_cpus /tmp/gap)"
}

n=$1 gaps=$2
shift 2
taskset -p 1 $$ > /dev/null || exit 1
echo "pvrt: switch cost, engine $(sed -n 's/^engine: //p' "$PV_LOCK_OPS")"
irqsoff_start
for cpus; do
	online_cpus "$cpus"
	echo "pvrt: switch cost, $cpus vCPUs online"
	counters
	for _ in $(seq "$n"); do
		irqsoff empty
		irqsoff switch paravirt
		irqsoff switch native
	done
	for _ in $(seq "$gaps"); do
		irqsoff idle
	done
	# pvgap's SCHED_FIFO threads sleep a tenth of the time, but a host
	# that does not run a vCPU can still trip the real-time throttle.
	rt_saved=$(cat "$RT_RUNTIME")
	echo -1 > "$RT_RUNTIME" || exit 1
	for _ in $(seq "$gaps"); do
		gapped paravirt
		gapped native
	done
	echo "$rt_saved" > "$RT_RUNTIME" || exit 1
	counters
done
grep '^sites' "$PV_LOCK_OPS"
online_cpus 99
