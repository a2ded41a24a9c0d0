#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# bad-input.sh: writes to the debugfs switch that must fail and change
# nothing (the automatic mode too, which needs a steal clock that an
# emulator does not offer), a write of the mode in use, then concurrent
# writers; then the KUnit suite.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

D=$PV_LOCK_OPS
mkdir -p /etc
echo 'nobody:x:65534:65534:nobody:/:/bin/sh' > /etc/passwd
echo 'nogroup:x:65534:' > /etc/group
[ "$(su -s /bin/sh nobody -c 'id -u')" = 65534 ] || exit 1
before=$(cat $D)
unchanged() {
	[ "$(cat $D)" = "$before" ]
}
rejects() {
	! printf '%s' "$1" > $D 2>/dev/null
}
concurrent() {
	for _ in 1 2 3 4; do
		(i=0; while [ $i -lt 10 ]; do
			{ echo paravirt > $D && echo native > $D; } ||
				touch /tmp/failed
			i=$((i+1)); done) &
	done
	wait
	[ ! -e /tmp/failed ]
}
ktap_plan 9
ktap 'rejects an unknown word' rejects bogus
ktap 'rejects a longer word' rejects natives
ktap 'rejects two words' rejects 'native paravirt'
ktap 'rejects a 4096-byte write' \
	rejects "$(head -c 4096 /dev/zero | tr '\0' n)"
ktap 'rejects a write by nobody' \
	su -s /bin/sh nobody -c "! echo paravirt > $D" 2>/dev/null
ktap 'rejects auto without a steal clock' rejects auto
ktap 'state unchanged after rejected writes' unchanged
echo native > $D || exit 1
ktap 'writing the mode in use is a no-op' unchanged
ktap 'every concurrent write succeeded' concurrent
cat $D
runtime_test
