#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# bad-input.sh: writes to the debugfs switch that must fail and change
# nothing, a write of the mode in use, then concurrent writers; then the
# KUnit suite.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

D=$PV_LOCK_OPS
mkdir -p /etc
echo 'nobody:x:65534:65534:nobody:/:/bin/sh' > /etc/passwd
echo 'nogroup:x:65534:' > /etc/group
before=$(cat $D)
same() {
	[ "$(cat $D)" = "$before" ] && echo "pvrt: $1" && return
	echo "pvrt: not so: $1"; exit 1
}
reject() {
	if printf '%s' "$1" > $D 2>/dev/null; then
		echo "pvrt: accepted $2"; exit 1
	fi
	echo "pvrt: rejected $2"
}
reject bogus 'an unknown word'
reject natives 'a longer word'
reject 'native paravirt' 'two words'
reject "$(head -c 4096 /dev/zero | tr '\0' n)" 'a 4096-byte write'
[ "$(su -s /bin/sh nobody -c 'id -u')" = 65534 ] || exit 1
if su -s /bin/sh nobody -c "echo paravirt > $D" 2>/dev/null; then
	echo 'pvrt: accepted a write by nobody'; exit 1
fi
echo 'pvrt: rejected a write by nobody'
same 'the state is unchanged after rejected writes'
echo native > $D || exit 1
same 'writing the mode in use is a no-op'
for _ in 1 2 3 4; do
	(i=0; while [ $i -lt 10 ]; do
		{ echo paravirt > $D && echo native > $D; } || touch /tmp/failed
		i=$((i+1)); done) &
done
wait
[ ! -e /tmp/failed ] || { echo 'pvrt: a writer failed'; exit 1; }
echo 'pvrt: every concurrent write succeeded'
cat $D
runtime_test
