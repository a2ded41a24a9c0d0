#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-selftests.sh [-t SECS] TEST...: run each KVM selftest in /bin and
# print its exit status; with -t, kill a test after SECS and say so.

secs=
if [ "$1" = -t ]; then
	secs=$2
	shift 2
fi
for t; do
	if [ -n "$secs" ]; then
		timeout -s KILL "$secs" "/bin/$t"
		rc=$?
		[ $rc != 137 ] || rc="killed after ${secs}s"
	else
		"/bin/$t"
		rc=$?
	fi
	echo "pvrt: $t exited $rc"
done
