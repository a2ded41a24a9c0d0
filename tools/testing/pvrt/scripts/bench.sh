#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# bench.sh SWITCHES SECS: read the duration of an empty stop_machine()
# and switch to paravirt and back, SWITCHES times, with nothing else
# running; then locktorture spin_lock for SECS in native and in paravirt.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

for _ in $(seq "$1"); do
	echo "pvrt: empty stop_machine $(cat /sys/kernel/debug/x86/pv_stop_machine_ns)"
	echo paravirt > "$PV_LOCK_OPS" || exit 1
	grep "last switch" "$PV_LOCK_OPS"
	echo native > "$PV_LOCK_OPS" || exit 1
	grep "last switch" "$PV_LOCK_OPS"
done
cat "$PV_LOCK_OPS"
phases "$2" native paravirt
