#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-selftests.sh TEST...: run each KVM selftest in /bin and print its
# exit status.

for t; do
	"/bin/$t"
	echo "pvrt: $t exited $?"
done
