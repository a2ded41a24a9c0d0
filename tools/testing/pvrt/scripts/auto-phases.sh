#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# auto-phases.sh SECS: with the automatic mode on, run locktorture
# spin_lock with a writer per vCPU for SECS, and every half second print
# the guest's uptime, its mode and the automatic mode's last decision:
#
#   pvrt: auto UPTIME MODE steal E% over 1000 ms (B of N samples ...
#
# Before the first, once the mode has settled native, the number of
# switches that the automatic mode made until then:
#
#   pvrt: switches before the phases: N
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
# Locktorture's start keeps both vCPUs busy at once, which a host whose
# own vCPUs share one CPU can show as a burst of steal that switches the
# mode to paravirt.  The host's phases begin once the mode has stayed
# native for a few seconds, and the switches made before are reported.
waited=0 native=0
while [ $native -lt 6 ]; do
	if grep -q '^mode: native$' "$PV_LOCK_OPS"; then
		native=$((native + 1))
	else
		native=0
	fi
	waited=$((waited + 1))
	if [ $waited -gt 120 ]; then
		echo "pvrt: not native 60 s after locktorture started"
		exit 1
	fi
	sleep 0.5
done
sed -n 's/^auto samples: .*switches: \([0-9]*\) made.*/pvrt: switches before the phases: \1/p' \
	"$PV_LOCK_OPS"
echo "pvrt: guest ready"
read -r up _ < /proc/uptime
end=$((${up%.*} + secs))
while [ "${up%.*}" -lt "$end" ]; do
	# One sed per report, not two: each costs this nested guest a good
	# part of a second, by which it delays the reports that time the
	# switches.
	last=$(sed -n '/^mode: /{s///;h;}; /^auto last decision: /{s///;H;x;s/\n/ /;p;}' \
		"$PV_LOCK_OPS")
	echo "pvrt: auto $up $last"
	sleep 0.5
	read -r up _ < /proc/uptime
done
torture_unload
loud
echo "pvrt: phases over"
cat "$PV_LOCK_OPS"
dmesg | grep 'paravirt_runtime: auto:' || :
