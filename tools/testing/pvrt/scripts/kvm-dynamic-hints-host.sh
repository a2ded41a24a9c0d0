#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-dynamic-hints-host.sh FLIPS: the host clears and sets
# KVM_HINTS_REALTIME FLIPS times, each time waiting for the guest to
# report its new mode, and prints the uptime before the change and once
# the guest's mode showed.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

host_vm
waitfor "pvrt: mode native" 60 || exit 1
for _ in $(seq "$1"); do
	for h in 0 1; do
		if [ $h = 0 ]; then m=paravirt; else m=native; fi
		read -r t0 _ < /proc/uptime
		vmm set realtime=$h > /dev/null || exit 1
		waitfor "pvrt: mode $m" 60 ||
			{ echo "pvrt: hints $h: the guest did not go $m"; exit 1; }
		read -r t1 _ < /proc/uptime
		echo "pvrt: hints $h: $m from $t0 to $t1"
	done
done
cat "$VM/pv_hints"
