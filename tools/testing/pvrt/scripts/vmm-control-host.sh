#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# vmm-control-host.sh: run pvrt-vmm, the client of the VMM shim, on the
# guest's QEMU and elsewhere, in each case it must refuse, and then get,
# set and clear the hints; have a process other than QEMU try
# KVM_GET_PV_HINTS on QEMU's VM; report each case as KTAP, and print
# the VM's counters.  A kernel without KVM_CAP_PV_HINTS cannot be
# tried here: the host has it.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

# expect NAME STATUS TEXT COMMAND...: the KTAP result NAME: COMMAND must
# exit with STATUS and print TEXT, on stdout or stderr.
expect() {
	ex_name=$1 ex_status=$2 ex_text=$3
	shift 3
	ex_out=$("$@" 2>&1)
	ex_got=$?
	ex_res=1
	if [ "$ex_got" = "$ex_status" ]; then
		case "$ex_out" in
		*"$ex_text"*) ex_res=0;;
		esac
	fi
	ktap_result $ex_res "$ex_name" \
		"exit $ex_got, $(echo "$ex_out" | head -1 | tr '#' ' ')"
}

host_vm
ktap_plan 17

# A QEMU under the shim that never creates a KVM VM.
LD_PRELOAD=$VMM_SHIM PVRT_VMM_SOCKET=/tmp/novm.sock \
	/usr/bin/qemu-system-x86_64 -machine none -accel tcg -nodefaults \
	-no-user-config -display none -monitor none 3<&- &
novm=$!
for _ in $(seq 100); do [ -S /tmp/novm.sock ] && break; sleep 0.1; done
expect 'no KVM VM yet' 1 "pvrt-vmm: no KVM VM yet" pvrt-vmm /tmp/novm.sock get
kill "$novm"
wait "$novm"

expect 'no socket' 1 "cannot connect to /tmp/none.sock: No such file or directory" \
	pvrt-vmm /tmp/none.sock get
expect 'a hint that cannot change' 1 "hints 0x2: only 0x1 can change" vmm set 0x2
expect 'a bad value' 2 "bad hint realtime=2" vmm set realtime=2
expect 'an unknown hint' 2 "bad hint fast=1" vmm set fast=1
expect 'an unknown command' 2 "unknown command frob" vmm frob
expect 'set without hints' 2 "usage:" vmm set
expect 'get with hints' 2 "usage:" vmm get realtime=1
expect 'no command' 2 "usage:" pvrt-vmm "$VMM"
expect 'get before any set' 0 "no override" vmm get
expect 'set realtime=0' 0 "override 0x0 realtime=0" vmm set realtime=0
expect 'get after set' 0 "override 0x0 realtime=0" vmm get
expect 'set realtime=1' 0 "override 0x1 realtime=1" vmm set realtime=1
expect 'clear' 0 "no override" vmm clear
expect 'get after clear' 0 "no override" vmm get
# Only QEMU, the VM's creator, can make the ioctls.
expect 'EIO for another process' 1 "of process $QPID: Input/output error" pvrt-vmm --foreign "$QPID"
# The debugfs file only shows the hints; the VMM changes them.
expect 'debugfs pv_hints is read-only' 1 "write error" sh -c "echo 0 > $VM/pv_hints"

cat "$VM/pv_hints"
