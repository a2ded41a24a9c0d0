#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-no-feature.sh SECS: the guest, whose VMM does not offer
# KVM_FEATURE_STEAL_TIME_HINTS, runs locktorture spin_lock while its host
# changes the hint, and prints its mode from debugfs each time it
# changes, the first time included, for SECS; it reads its CPUID leaf
# KVM_CPUID_FEATURES before and after.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

cat "$PV_LOCK_OPS"
torture_load spin_lock 2
quiet
kvm_cpuid
echo "pvrt: guest ready"
read -r up _ < /proc/uptime
end=$((${up%.*} + $1))
last=
while [ "${up%.*}" -lt "$end" ]; do
	m=$(sed -n "s/^mode: //p" "$PV_LOCK_OPS")
	if [ "$m" != "$last" ]; then
		echo "pvrt: mode $m"
		last=$m
	fi
	sleep 0.02
	read -r up _ < /proc/uptime
done
# The host checks that this line did not come before its last change.
echo "pvrt: guest checks"
kvm_cpuid
loud
torture_unload
cat "$PV_LOCK_OPS"
