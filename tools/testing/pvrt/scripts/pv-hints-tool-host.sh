#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# pv-hints-tool-host.sh: run pv-hints on the guest's QEMU and elsewhere,
# in each case it must refuse, and then get, set and clear the hints;
# print how many cases went as expected and the VM's counters.  A kernel
# without KVM_CAP_PV_HINTS cannot be tried here: the host has it.

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

# as_nobody COMMAND: run COMMAND, a string, as an unprivileged user.
as_nobody() {
	su nobody -s /bin/sh -c "$1"
}

# pvh ARG...: pv-hints on the guest's QEMU.
pvh() {
	pv-hints --pid "$QPID" "$@"
}

mkdir -p /etc
printf 'root:x:0:0::/:/bin/sh\nnobody:x:65534:65534::/:/bin/sh\n' \
	>> /etc/passwd
host_vm

expect 1 "no process 999999" pv-hints --pid 999999 get
expect 1 "process 1 has no KVM VM fd" pv-hints --pid 1 get
expect 1 "no permission to list the fds of process $QPID" \
	as_nobody "pv-hints --pid $QPID get"
expect 1 "no permission to take fd 0 of process $QPID" \
	as_nobody "pv-hints --pid $QPID --fd 0 get"
expect 1 "fd 0 of process $QPID is not a KVM VM" pvh --fd 0 get
expect 1 "process $QPID has no fd 999" pvh --fd 999 get
expect 1 "hints 0x2: only 0x1 can change" pvh set 0x2
expect 2 "bad hint realtime=2" pvh set realtime=2
expect 2 "bad hint fast=1" pvh set fast=1
expect 2 "unknown command frob" pvh frob
expect 2 "bad --pid x" pv-hints --pid x get
expect 2 "usage:" pvh set
expect 0 "no override" pvh get
expect 0 "override 0x0 realtime=0" pvh set realtime=0
expect 0 "override 0x0 realtime=0" pvh get
expect 0 "override 0x1 realtime=1" pvh set realtime=1
expect 0 "no override" pvh clear
expect 0 "no override" pvh get
# The debugfs file only shows the hints; pv-hints changes them.
expect 1 "write error" sh -c "echo 0 > $VM/pv_hints"

echo "pvrt: pv-hints: $good of $cases cases as expected"
cat "$VM/pv_hints"
[ "$good" = "$cases" ]
