#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-no-feature-host.sh FLIPS: set and clear the VM's hints FLIPS times,
# while the guest still watches its mode.  The last change leaves the
# hint clear, unlike the guest's CPUID, which the guest reads again once
# its loop is over.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

host_vm
for _ in $(seq "$1"); do
	for h in 1 0; do
		vmm set realtime=$h > /dev/null || exit 1
		sleep 0.2
	done
done
if grep -q "pvrt: guest checks" /tmp/guest.log; then
	echo "pvrt: the guest stopped watching before the last hint change"
	exit 1
fi
echo "pvrt: $((2 * $1)) hint changes made"
waitfor "pvrt: guest checks" 120 || exit 1
cat "$VM/pv_hints"
