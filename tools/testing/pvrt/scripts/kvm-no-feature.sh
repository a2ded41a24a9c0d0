#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-no-feature.sh: the guest keeps working while its host changes the
# hint, and its CPUID leaf KVM_CPUID_FEATURES stays the same.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

# eax to edx of the leaf, from the cpuid driver, which reads leaf N at
# offset N.
kvm_cpuid() {
	echo "pvrt: cpuid 0x40000001: $(hexdump -v -s 0x40000001 -n 16 \
		-e '4/4 "%08x "' /dev/cpu/0/cpuid)"
}

quiet
kvm_cpuid
echo "pvrt: guest ready"
for _ in $(seq 20); do ls -R / > /dev/null; sleep 0.5; done
kvm_cpuid
echo "pvrt: guest still working"
