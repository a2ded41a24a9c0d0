#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# demo.sh SECS MODE...: locktorture spin_lock for SECS in each MODE.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

phases "$@"
