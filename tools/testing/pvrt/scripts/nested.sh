#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# nested.sh SMP CPU APPEND PREFIX HINTS [DRIVER [ARG...]]: the host's
# script in a nested run.  It runs the guest in /guest under KVM with the
# bed's QEMU (guest_qemu in lib.sh), with SMP vCPUs of model CPU and the
# kernel command line APPEND, and relays its console with each line
# prefixed by PREFIX.  QEMU runs under the VMM shim, which serves
# /tmp/vmm.sock (vmm in lib.sh) and, if HINTS is 1, offers the guest
# KVM_FEATURE_STEAL_TIME_HINTS.
#
# With a DRIVER, a script, the guest runs in the background while the
# host runs the driver with its ARGs, which can wait for the guest's
# console lines with waitfor (lib.sh) on fd 3.  Every QEMU that runs the
# guest writes its console to the FIFO /tmp/console, so that a driver
# that migrates the guest to another QEMU (guest_qemu ... > /tmp/console)
# keeps its console, its log and fd 3.  The script ends with the
# driver's status once the guest is done.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

export GUEST_SMP="$1" GUEST_CPU="$2" GUEST_APPEND="$3" GUEST_HINTS="$5"
prefix=$4
shift 5

# shellcheck disable=SC3040 # busybox sh has pipefail
set -o pipefail
test -c /dev/kvm || { echo "pvrt: host has no /dev/kvm"; exit 1; }
if [ $# = 0 ]; then
	guest_qemu /tmp/gqmp "$VMM" | tee /tmp/guest.log | sed "s/^/$prefix/"
	exit
fi
mkfifo /tmp/console /tmp/guest.fifo
tee /tmp/guest.fifo /tmp/guest.log < /tmp/console | sed "s/^/$prefix/" &
guest_qemu /tmp/gqmp "$VMM" > /tmp/console &
exec 3< /tmp/guest.fifo
"$@"
rc=$?
# Keep reading, so that the guest's console never blocks.
cat <&3 > /dev/null &
[ $rc = 0 ] || killall qemu-system-x86_64
wait
exit $rc
