#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# nested.sh SMP CPU APPEND PREFIX [DRIVER [ARG...]]: the host's script in
# a nested run.  It runs the guest in /guest under KVM with the bed's
# QEMU, with SMP vCPUs of model CPU and the kernel command line APPEND,
# and relays its console with each line prefixed by PREFIX.
#
# With a DRIVER, a script, the guest runs in the background while the
# host runs the driver with its ARGs, which can wait for the guest's
# console lines with waitfor (lib.sh) on fd 3.  The script ends with the
# driver's status once the guest is done.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

smp=$1 cpu=$2 append=$3 prefix=$4
shift 4

# QEMU's status tells a guest that reset (0) from a QEMU that failed.  A
# guest that resets or powers off only stops (-no-reboot, -no-shutdown),
# so that gwatch can take its registers if it did not finish its script,
# before it ends QEMU.
guest() (
	/usr/bin/qemu-system-x86_64 -enable-kvm -cpu "$cpu" -smp "$smp" \
		-m 512 -L /usr/share/qemu -nodefaults -no-user-config \
		-display none -no-reboot -no-shutdown -qmp pipe:/tmp/gqmp \
		-serial stdio -kernel /guest/bzImage -initrd /guest/initrd \
		-append "$append" </dev/null 2>&1
	rc=$?
	kill "$gw" 2>/dev/null
	echo "pvrt: guest QEMU exited with status $rc"
	exit $rc
)

# shellcheck disable=SC3040 # busybox sh has pipefail
set -o pipefail
test -c /dev/kvm || { echo "pvrt: host has no /dev/kvm"; exit 1; }
mkfifo /tmp/gqmp.in /tmp/gqmp.out
gwatch &
gw=$!
if [ $# = 0 ]; then
	guest | tee /tmp/guest.log | sed "s/^/$prefix/"
	exit
fi
mkfifo /tmp/guest.fifo
guest | tee /tmp/guest.fifo /tmp/guest.log | sed "s/^/$prefix/" &
exec 3< /tmp/guest.fifo
"$@"
rc=$?
# Keep reading, so that the guest's console never blocks.
cat <&3 > /dev/null &
[ $rc = 0 ] || killall qemu-system-x86_64
wait
exit $rc
