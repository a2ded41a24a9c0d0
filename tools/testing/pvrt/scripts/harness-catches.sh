#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# harness-catches.sh FAILURE [ARG]: provoke one failure that pvrt must
# catch: lkdtm TEST, an RCU stall, locktorture on lock_busted for ARG
# seconds, an exit status of 3, a hang, a die() header named "int3",
# every CPU spinning with interrupts off, or a reset with no kernel
# message.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

LKDTM=/sys/kernel/debug/provoke-crash/DIRECT
case $1 in
lkdtm)
	echo "$2" > $LKDTM
	;;
rcu-stall)
	# A CPU that spins with preemption off stalls RCU only if a grace
	# period waits for it, and in an idle machine none may begin for
	# minutes.  Spin on CPU 0, and once it spins, begin one from
	# another CPU: a task that exits has its task_struct freed after
	# a grace period.
	taskset -p -c 1-3 $$ > /dev/null || exit 1
	taskset -c 0 sh -c "echo SOFTLOCKUP > $LKDTM" &
	until dmesg | grep -q 'Performing direct entry SOFTLOCKUP'; do
		sleep 0.1
	done
	sh -c 'exit 0'
	echo "pvrt: CPU 0 spins, and a grace period waits for it"
	wait
	;;
torture)
	locktorture lock_busted "$2"
	;;
exit)
	exit 3
	;;
hang)
	sleep 3600
	;;
die)
	echo "<2>int3: 0000 [#1] SMP" > /dev/kmsg
	;;
freeze)
	# Each CPU first spins in user space until all four do, so that no
	# CPU locks up while a task that has still to start waits on it.
	for c in 0 1 2 3; do
		taskset -c $c sh -c "touch /tmp/frozen.$c
			until [ -e /tmp/freeze ]; do :; done
			echo HARDLOCKUP > $LKDTM" &
	done
	until set -- /tmp/frozen.*; [ $# = 4 ]; do :; done
	echo "pvrt: every CPU is ready to freeze"
	touch /tmp/freeze
	wait
	;;
reset)
	echo b > /proc/sysrq-trigger
	;;
esac
