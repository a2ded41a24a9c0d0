#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# hint-latency.sh CHANGES SWITCHES GAPS CPUS...: switch-cost.sh SWITCHES
# GAPS CPUS..., then, under locktorture spin_lock, wait for CHANGES hint
# changes of the host (hint-latency-host.sh) and print after each how
# long the kernel took from seeing the change in its steal-time record
# to the end of its handling, as debugfs gives it.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

changes=$1
shift
/lib/pvrt/switch-cost.sh "$@" || exit 1
handled() {
	sed -n 's/^kvm hint changes: .*, \([0-9]*\) handled$/\1/p' \
		"$PV_LOCK_OPS"
}
# The console stays at loglevel 7, for the host to see the kernel's
# message of each change; let locktorture's messages of its start pass
# before the lines that the host waits for.
torture_load spin_lock 4
sleep 2
last=$(handled)
echo "pvrt: guest ready"
for i in $(seq "$changes"); do
	while [ "$(handled)" = "$last" ]; do sleep 0.02; done
	last=$(handled)
	# The host waits for this line.  Written to the console, a kernel
	# message (at loglevel 7, any) can land in the middle of it and
	# split it; as a record of the kernel's log, it is printed whole.
	echo "pvrt: $(sed -n 's/^mode: //p' "$PV_LOCK_OPS"), $(sed -n \
		's/^kvm hint last handled: \([0-9]*\) ns.*/\1/p' "$PV_LOCK_OPS")" \
		"ns, change $i." > /dev/kmsg
done
# Let the last line reach the console before locktorture's messages.
sleep 2
torture_unload
cat "$PV_LOCK_OPS"
