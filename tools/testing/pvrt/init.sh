#!/bin/busybox sh
# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh
#
# /init of every pvrt initramfs, guest and host alike.  It sets up the
# usual file systems, runs the scenario script that pvrt appended to the
# initramfs as /scenario.sh, reports its exit status on the console and
# reboots, which ends QEMU (it runs with -no-reboot).

/bin/busybox --install -s
export PATH=/bin:/sbin:/usr/bin:/usr/sbin

mount -t proc none /proc
mount -t sysfs none /sys
mount -t devtmpfs none /dev
mount -t tmpfs none /tmp
mount -t debugfs none /sys/kernel/debug

echo "pvrt: init on $(uname -r), $(grep -c ^processor /proc/cpuinfo) CPUs"
if [ -x /scenario.sh ]; then
	/scenario.sh
	rc=$?
else
	echo "pvrt: no /scenario.sh in the initramfs"
	rc=127
fi
echo "pvrt: scenario finished rc=$rc"
reboot -f
