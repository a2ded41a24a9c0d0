#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-no-feature.sh: the guest keeps working while its host changes the
# hint, and its CPUID leaf KVM_CPUID_FEATURES stays the same.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

quiet
kvm_cpuid
echo "pvrt: guest ready"
for _ in $(seq 20); do ls -R / > /dev/null; sleep 0.5; done
kvm_cpuid
echo "pvrt: guest still working"
