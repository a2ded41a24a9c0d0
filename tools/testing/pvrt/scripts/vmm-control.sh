#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# vmm-control.sh: a guest that prints its CPUID leaf KVM_CPUID_FEATURES
# and then only lives long enough for its host to try pvrt-vmm on its
# QEMU (vmm-control-host.sh).

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

quiet
kvm_cpuid
echo "pvrt: guest ready"
sleep 20
