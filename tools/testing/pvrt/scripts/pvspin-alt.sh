#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# pvspin-alt.sh MODE ARG...: in a guest booted with kvm_pvspin_alt=, a
# switch to MODE through debugfs must fail; then bench-modes.sh ARG...

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

cat "$PV_LOCK_OPS"
if echo "$1" > "$PV_LOCK_OPS"; then
	echo "pvrt: switch to $1 done"
	exit 1
fi
echo "pvrt: switch to $1 refused"
shift
exec /lib/pvrt/bench-modes.sh "$@"
