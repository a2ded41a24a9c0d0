#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# pv-hints-tool.sh: a guest that only lives long enough for its host to
# try pv-hints on its QEMU (pv-hints-tool-host.sh).

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

quiet
echo "pvrt: guest ready"
sleep 20
