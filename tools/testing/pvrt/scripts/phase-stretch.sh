#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# phase-stretch.sh MS ROUNDS WRITERS: with locktorture spin_lock_irq and
# WRITERS writers running, stretch every phase of the phased engine's
# switches by 3 * MS ms and switch to the other mode and back ROUNDS
# times; the kernel logs what the lock slowpaths did in each phase.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

STRETCH=/sys/kernel/debug/x86/pv_phase_stretch_ms

boot=$(sed -n 's/^mode: //p' "$PV_LOCK_OPS")
other=native
[ "$boot" = native ] && other=paravirt
torture_load spin_lock_irq "$3"
echo "$1" > "$STRETCH" || exit 1
for _ in $(seq "$2"); do
	for mode in "$other" "$boot"; do
		echo "$mode" > "$PV_LOCK_OPS" || exit 1
		echo "pvrt: switched to $mode"
	done
done
echo 0 > "$STRETCH" || exit 1
torture_unload
cat "$PV_LOCK_OPS"
