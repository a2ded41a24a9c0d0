#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# locktorture.sh SECS TYPE...: run locktorture of each TYPE in turn, 4
# writers, for SECS.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

secs=$1
shift
for t; do
	locktorture "$t" "$secs"
done
