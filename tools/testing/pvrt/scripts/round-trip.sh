#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# round-trip.sh: switch native -> paravirt -> native, and at each step
# say so and wait for a line on the console, meanwhile pvrt saves the
# kernel text through the QEMU monitor.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

D=$PV_LOCK_OPS
echo 'pvrt: round-trip: text at boot'; read -r _
echo paravirt > $D || exit 1
head -1 $D
echo 'pvrt: round-trip: text in paravirt'; read -r _
echo native > $D || exit 1
head -1 $D
echo 'pvrt: round-trip: text in native'; read -r _
