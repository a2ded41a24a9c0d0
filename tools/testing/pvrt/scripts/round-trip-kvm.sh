#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# round-trip-kvm.sh SWITCHES: a nested guest says the mode that it booted
# in and where its kernel code is in guest-physical memory, then prints
# each mode that its lock ops switch to as the host changes
# KVM_HINTS_REALTIME, SWITCHES times (round-trip-kvm-host.sh).

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

mode() {
	sed -n 's/^mode: //p' "$PV_LOCK_OPS"
}

quiet
code=$(sed -n 's/^ *\([0-9a-f]*-[0-9a-f]*\) : Kernel code$/\1/p' /proc/iomem)
m=$(mode)
echo "pvrt: round-trip: booted $m, kernel code at $code"
for _ in $(seq "$1"); do
	while [ "$(mode)" = "$m" ]; do sleep 0.02; done
	m=$(mode)
	echo "pvrt: round-trip: switched to $m"
done
loud
cat "$PV_LOCK_OPS"
