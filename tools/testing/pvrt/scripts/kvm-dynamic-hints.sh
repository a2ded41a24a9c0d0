#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-dynamic-hints.sh CHANGES: the guest, under locktorture spin_lock,
# prints the mode from debugfs each time it changes, the first time
# included, until it has changed CHANGES times.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

cat "$PV_LOCK_OPS"
torture_load spin_lock 4
quiet
echo "pvrt: guest ready"
n=0
last=
while [ $n -le "$1" ]; do
	m=$(sed -n "s/^mode: //p" "$PV_LOCK_OPS")
	if [ "$m" != "$last" ]; then
		echo "pvrt: mode $m"
		last=$m
		n=$((n + 1))
	fi
	sleep 0.02
done
loud
torture_unload
cat "$PV_LOCK_OPS"
