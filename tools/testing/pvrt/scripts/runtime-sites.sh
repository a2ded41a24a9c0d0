#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# runtime-sites.sh [plain | torture SECS]: the paravirt_runtime KUnit
# suite, loaded, unloaded and loaded again.  With plain, a module with
# lock-op sites in plain .parainstructions, as if built without
# CONFIG_PARAVIRT_RUNTIME, must not load afterwards.  With torture,
# locktorture spin_lock runs meanwhile: it stays loaded while the suite
# runs, so that the walk covers a second module, whose init text has
# been freed.  Before that, a load of locktorture that fails, after its
# sites were registered, must leave none of them behind.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

case ${1-} in
torture)
	# parse_args() fails after module_finalize() has registered the
	# module's sites: they must be dropped with the module, and the
	# live sites, which the debugfs file counts, be those of before.
	insmod /lib/modules/torture.ko
	before=$(sed -n "s/^sites: //p" "$PV_LOCK_OPS")
	if insmod /lib/modules/locktorture.ko nwriters_stress=bogus; then
		echo "pvrt: locktorture loaded with a bad parameter"
		exit 1
	fi
	after=$(sed -n "s/^sites: //p" "$PV_LOCK_OPS")
	echo "pvrt: $before live sites before a failed load, $after after"
	[ "$after" = "$before" ] || exit 1
	rmmod torture
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
