#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# vmm-control-host.sh: run pvrt-vmm, the client of the VMM shim, on the
# guest's QEMU and elsewhere, in each case it must refuse, and then get,
# set and clear the hints; have a process other than QEMU try
# KVM_GET_PV_HINTS on QEMU's VM; print how many cases went as expected
# and the VM's counters.  A kernel without KVM_CAP_PV_HINTS cannot be
# tried here: the host has it.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

cases=0 good=0

# expect STATUS TEXT COMMAND...: COMMAND must exit with STATUS and print
# TEXT, on stdout or stderr.
expect() {
	ex_status=$1 ex_text=$2
	shift 2
	ex_out=$("$@" 2>&1)
	ex_got=$?
	cases=$((cases + 1))
	ex_res="NOT AS EXPECTED: $ex_status, \"$ex_text\""
	if [ "$ex_got" = "$ex_status" ]; then
		case "$ex_out" in
		*"$ex_text"*) ex_res=ok; good=$((good + 1));;
		esac
	fi
	echo "pvrt: $* -> $ex_got, $(echo "$ex_out" | head -1): $ex_res"
}

host_vm

# A QEMU under the shim that never creates a KVM VM.
LD_PRELOAD=$VMM_SHIM PVRT_VMM_SOCKET=/tmp/novm.sock \
	/usr/bin/qemu-system-x86_64 -machine none -accel tcg -nodefaults \
	-no-user-config -display none -monitor none 3<&- &
novm=$!
for _ in $(seq 100); do [ -S /tmp/novm.sock ] && break; sleep 0.1; done
expect 1 "pvrt-vmm: no KVM VM yet" pvrt-vmm /tmp/novm.sock get
kill "$novm"
wait "$novm"

expect 1 "cannot connect to /tmp/none.sock: No such file or directory" \
	pvrt-vmm /tmp/none.sock get
expect 1 "hints 0x2: only 0x1 can change" vmm set 0x2
expect 2 "bad hint realtime=2" vmm set realtime=2
expect 2 "bad hint fast=1" vmm set fast=1
expect 2 "unknown command frob" vmm frob
expect 2 "usage:" vmm set
expect 2 "usage:" vmm get realtime=1
expect 2 "usage:" pvrt-vmm "$VMM"
expect 0 "no override" vmm get
expect 0 "override 0x0 realtime=0" vmm set realtime=0
expect 0 "override 0x0 realtime=0" vmm get
expect 0 "override 0x1 realtime=1" vmm set realtime=1
expect 0 "no override" vmm clear
expect 0 "no override" vmm get
# Only QEMU, the VM's creator, can make the ioctls.
expect 1 "of process $QPID: Input/output error" pvrt-vmm --foreign "$QPID"
# The debugfs file only shows the hints; the VMM changes them.
expect 1 "write error" sh -c "echo 0 > $VM/pv_hints"

echo "pvrt: pvrt-vmm: $good of $cases cases as expected"
cat "$VM/pv_hints"
[ "$good" = "$cases" ]
