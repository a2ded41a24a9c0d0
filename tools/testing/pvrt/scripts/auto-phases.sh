#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# auto-phases.sh SECS: with the automatic mode on, run locktorture
# spin_lock with a writer per vCPU for SECS, and every half second print
# the guest's uptime, its mode and the automatic mode's last decision:
#
#   pvrt: auto UPTIME MODE steal E% over 1000 ms (B of N samples ...
#
# Then the debugfs file, and the kernel's messages of each switch.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1
grep '^auto' "$PV_LOCK_OPS"
# quiet waits long enough for locktorture's messages of its start, which
# it does not keep off the console, to come before the line that the
# host waits for.
torture_load spin_lock "$(nproc)"
quiet
echo "pvrt: guest ready"
read -r up _ < /proc/uptime
end=$((${up%.*} + secs))
while [ "${up%.*}" -lt "$end" ]; do
	mode=$(sed -n 's/^mode: //p' "$PV_LOCK_OPS")
	last=$(sed -n 's/^auto last decision: //p' "$PV_LOCK_OPS")
	echo "pvrt: auto $up $mode $last"
	sleep 0.5
	read -r up _ < /proc/uptime
done
torture_unload
loud
echo "pvrt: phases over"
cat "$PV_LOCK_OPS"
dmesg | grep 'paravirt_runtime: auto:' || :
