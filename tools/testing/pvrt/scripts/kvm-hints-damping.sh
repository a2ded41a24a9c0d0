#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-hints-damping.sh: the guest boots native (KVM_HINTS_REALTIME) under
# locktorture spin_lock and makes its next switch fail once.  When the
# host clears the hint, it must still go paravirt, by trying again.
# Then, while the host changes the hint every 0.1 s, it prints each mode
# it sees until it has been native with the hint set for 5 s, and then
# each switch as the kernel logged it, right after the switch, with the
# kernel's timestamp: this script's polling can see a switch late.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

mode() {
	sed -n "s/^mode: //p" "$PV_LOCK_OPS"
}

# realtime: whether the hints the guest last followed have the bit.
realtime() {
	h=$(sed -n "s/^kvm hints: //p" "$PV_LOCK_OPS")
	[ $((h & 1)) = 1 ]
}

cat "$PV_LOCK_OPS"
echo 12 > /sys/kernel/debug/x86/pv_fail_next_switch || exit 1
torture_load spin_lock 4
quiet
echo "pvrt: guest ready"
for _ in $(seq 1500); do
	[ "$(mode)" = paravirt ] && break
	sleep 0.02
done
read -r t _ < /proc/uptime
echo "pvrt: mode $(mode)"
[ "$(mode)" = paravirt ] || exit 1
echo "pvrt: burst ready"
last=paravirt
since=$t
while :; do
	m=$(mode)
	read -r t _ < /proc/uptime
	if [ "$m" != "$last" ]; then
		echo "pvrt: mode $m"
		last=$m
		since=$t
	elif [ "$m" = native ] && realtime &&
	     [ $((${t%.*} - ${since%.*})) -ge 5 ]; then
		break
	fi
	sleep 0.02
done
echo "pvrt: settled native"
msg='^\[ *\([0-9.]*\)\] kvm-guest: hints 0x[0-9a-f]*: PV spinlocks'
dmesg | sed -n -e "s/$msg enabled\$/pvrt: switch to paravirt at \1/p" \
	-e "s/$msg disabled with KVM_HINTS_REALTIME hints\$/pvrt: switch to native at \1/p"
loud
torture_unload
cat "$PV_LOCK_OPS"
