#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-hints-damping-host.sh FLIPS: the host clears KVM_HINTS_REALTIME and
# waits for the guest to go paravirt; then it sets and clears the hint
# FLIPS times, every 0.1 s, without waiting for the guest, sets it once
# more and waits for the guest to settle native.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

host_vm
vmm set realtime=0 > /dev/null || exit 1
waitfor "pvrt: burst ready" 120 || exit 1
read -r t0 _ < /proc/uptime
for _ in $(seq "$1"); do
	vmm set realtime=1 > /dev/null || exit 1
	sleep 0.1
	vmm set realtime=0 > /dev/null || exit 1
	sleep 0.1
done
vmm set realtime=1 > /dev/null || exit 1
read -r t1 _ < /proc/uptime
echo "pvrt: $((2 * $1 + 1)) hint changes from $t0 to $t1"
waitfor "pvrt: settled native" 120 || exit 1
cat "$VM/pv_hints"
