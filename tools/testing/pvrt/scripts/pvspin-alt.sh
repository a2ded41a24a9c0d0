#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# pvspin-alt.sh MODE ARG...: in a guest booted with kvm_pvspin_alt=, a
# switch to MODE through debugfs must fail; then bench-modes.sh ARG...

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

# refuses MODE: a write of MODE to the debugfs switch fails.
refuses() {
	! echo "$1" > "$PV_LOCK_OPS"
}

cat "$PV_LOCK_OPS"
ktap_plan 1
ktap "a switch to $1 is refused" refuses "$1"
shift
exec /lib/pvrt/bench-modes.sh "$@"
