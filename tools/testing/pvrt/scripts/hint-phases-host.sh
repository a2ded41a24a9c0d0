#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# hint-phases-host.sh SECS HINTS...: the host side of hint-phases.sh: for
# each phase, wait for the guest to ask, then set the VM's hints.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1
shift
host_vm
for hints; do
	waitfor "pvrt: want hints" $((secs + 300)) || exit 1
	vmm set "$hints" > /dev/null || exit 1
done
cat "$VM/pv_hints"
