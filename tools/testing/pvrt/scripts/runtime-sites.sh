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

# live_sites: the live sites that the debugfs file counts.
live_sites() {
	sed -n "s/^sites: //p" "$PV_LOCK_OPS"
}

# refused MODULE [PARAM...]: insmod fails.
refused() {
	! insmod "$@"
}

case ${1-} in
torture)
	# parse_args() fails after module_finalize() has registered the
	# module's sites: they must be dropped with the module, and the
	# live sites be those of before.
	insmod /lib/modules/torture.ko
	before=$(live_sites)
	ktap_plan 2
	ktap 'locktorture refuses a bad parameter' \
		refused /lib/modules/locktorture.ko nwriters_stress=bogus
	after=$(live_sites)
	[ "$before" -gt 0 ] && [ "$after" = "$before" ]
	ktap_result $? 'the failed load left no site behind' \
		"$before live sites before, $after after"
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
	ktap_plan 1
	ktap 'the module with plain lock-op sites is refused' \
		refused /lib/modules/paravirt-runtime-plain.ko
fi
