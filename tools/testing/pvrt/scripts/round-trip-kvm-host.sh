#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# round-trip-kvm-host.sh CPU: the host side of round-trip-kvm.sh 3, for
# the guest that nested.sh started and then for a second one, whose vCPUs
# are of model CPU.  The host changes KVM_HINTS_REALTIME three times for
# each guest, which goes from the mode it booted in to the other, back,
# and to the other again.  Before each change but the last, the host
# saves the guest's kernel text through QMP (pmemsave), from the
# guest-physical address and of the size that /guest/text gives, and
# prints the bytes at each site that /guest/sites lists (sitebytes),
# tagged GUEST-STEP-MODE: 1-0-MODE for the first guest as it booted,
# 1-1-MODE once it switched, 1-2-MODE once it switched back.  It prints
# the list, "OFFSET LENGTH OP" per site, and where it saves each guest's
# text from, next to where the guest says its kernel code is.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

# The console ends when its last writer closes it: keep one open from
# one guest to the next.
exec 8<> /tmp/console
read -r phys size < /guest/text
save=$(printf '{"execute": "pmemsave", "arguments": {"val": %s, "size": %s, %s}}' \
	"$phys" "$size" '"filename": "/tmp/text"')
cut -d ' ' -f 1,2 /guest/sites > /tmp/sites
quiet

# print_list: print the list of sites, as sitebytes prints its dumps,
# each line whole.
# shellcheck disable=SC2016 # awk's $, not the shell's
print_list() {
	awk '{
		line = line " " $1 "/" $2 "/" $3
		bytes += $2
		if (NR % 16 == 0) {
			print "pvrt: sites list " NR - 16 ":" line
			fflush()
			line = ""
		}
	}
	END {
		if (NR % 16)
			print "pvrt: sites list " NR - NR % 16 ":" line
		print "pvrt: sites list: " NR " sites, " bytes + 0 " bytes"
	}' /guest/sites
}

# round_trip GUEST QMP: the steps of the guest numbered GUEST, whose QEMU
# has the QMP FIFOs QMP (guest_qemu), up to the end of its QEMU.
round_trip() {
	waitfor "pvrt: round-trip: booted " 300 || exit 1
	code=$(echo "$line" | sed -n 's/.* kernel code at \([0-9a-f-]*\).*/\1/p')
	echo "pvrt: guest $1: kernel code at $code, text saved from $phys," \
		"$size bytes"
	[ "$1" != 1 ] || print_list
	qmp_open "$2"
	for step in 0 1 2; do
		case "$line" in
		*' native'*) mode=native hint=0;;
		*' paravirt'*) mode=paravirt hint=1;;
		*) echo "pvrt: no mode in: $line"; exit 1;;
		esac
		qmp "$save" > /dev/null || exit 1
		sitebytes /tmp/text "$1-$step-$mode" < /tmp/sites || exit 1
		vmm set realtime=$hint > /dev/null || exit 1
		waitfor "pvrt: round-trip: switched to " 60 || exit 1
	done
	waitfor "pvrt: guest QEMU exited with status" 120 || exit 1
	case "$line" in *'status 0') ;; *)
		echo "pvrt: guest $1: $line"
		exit 1;;
	esac
}

round_trip 1 /tmp/gqmp
GUEST_CPU=$1
guest_qemu /tmp/g2qmp "$VMM" > /tmp/console 3<&- 8<&- &
round_trip 2 /tmp/g2qmp
wait
