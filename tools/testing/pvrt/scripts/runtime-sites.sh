#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# runtime-sites.sh [plain | torture SECS]: the paravirt_runtime KUnit
# suite, loaded, unloaded and loaded again.  With plain, a module with
# lock-op sites in plain .parainstructions, as if built without
# CONFIG_PARAVIRT_RUNTIME, must not load afterwards.  With torture,
# locktorture spin_lock runs meanwhile: it stays loaded while the suite
# runs, so that the walk covers a second module, whose init text has
# been freed.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

case ${1-} in
torture)
	echo "pvrt: locktorture spin_lock for ${2}s"
	torture_load spin_lock 4
	sleep "$2"
	runtime_test
	torture_unload
	;;
*)
	runtime_test
	;;
esac
if [ "${1-}" = plain ]; then
	# busybox insmod tries finit_module(), then init_module(): the
	# kernel refuses the module, and says so, twice.
	if insmod /lib/modules/paravirt-runtime-plain.ko; then
		echo "pvrt: the module with plain lock-op sites loaded"
		exit 1
	fi
	echo "pvrt: the module with plain lock-op sites was refused"
fi
