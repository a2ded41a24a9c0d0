#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# hint-latency-host.sh FLIPS: clear and set KVM_HINTS_REALTIME FLIPS
# times.  Before each change, print the time; then wait for the guest
# kernel's message of its new mode, on its console, and print the time
# again; then wait for the guest's script to report the change.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

host_vm
n=0
for _ in $(seq "$1"); do
	for h in 0 1; do
		n=$((n + 1))
		t0=$(pvload clock)
		vmm set realtime=$h > /dev/null || exit 1
		waitfor "kvm-guest: hints 0x$h: PV spinlocks" 60 || exit 1
		t1=$(pvload clock)
		echo "pvrt: hints $h: set at $t0, guest kernel's message at $t1"
		waitfor "ns, change $n." 60 || exit 1
	done
done
cat "$VM/pv_hints"
