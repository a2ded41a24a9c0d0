#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# pv-lock-ops.sh: print the lock ops' state from debugfs, as the guest of
# the boot selftest, which runs before it, left it.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

cat "$PV_LOCK_OPS"
