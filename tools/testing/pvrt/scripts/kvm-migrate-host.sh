#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kvm-migrate-host.sh carry|revert: the host clears KVM_HINTS_REALTIME of
# a guest booted with it, waits for the guest to go paravirt, and
# migrates it with QEMU's own migration to a second QEMU under the VMM
# shim, started here with its own socket, whose console carries on the
# guest's.  With carry, the destination gets the source's hints before
# the migration, as a VMM that knows the uAPI passes them, and the guest
# must keep its mode across it; then the destination sets the hint and
# clears it, and the guest must follow each time.  With revert, the
# destination sets nothing, and the guest must follow the hints of its
# CPUID there, back to native.

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

how=$1
dst=/tmp/vmm-dst.sock

# follow MODE: wait for the guest to print MODE and say how long it took
# from T0.
follow() {
	waitfor "pvrt: mode $1" 60 ||
		{ echo "pvrt: the guest did not go $1"; exit 1; }
	read -r fo_t _ < /proc/uptime
	echo "pvrt: $1 from $t0 to $fo_t"
}

host_vm
waitfor "pvrt: mode native" 60 || exit 1
read -r t0 _ < /proc/uptime
vmm set realtime=0 > /dev/null || exit 1
follow paravirt

# The destination, which waits for the migration: its console goes where
# the source's goes.  Its VM exists once the shim answers.
guest_qemu /tmp/dqmp "$dst" -incoming defer > /tmp/console 3<&- &
for _ in $(seq 600); do
	pvrt-vmm "$dst" get > /dev/null 2>&1 && break
	sleep 0.1
done
pvrt-vmm "$dst" get > /dev/null || exit 1
if [ "$how" = carry ]; then
	hints=$(vmm get | sed -n 's/^override \(0x[0-9a-f]*\) .*/\1/p')
	if [ -n "$hints" ]; then
		out=$(pvrt-vmm "$dst" set "$hints") || exit 1
	else
		out=$(pvrt-vmm "$dst" clear) || exit 1
	fi
	echo "pvrt: the destination's hints before the migration: $out"
fi
qmp_open /tmp/dqmp
qmp '{"execute": "migrate-incoming",'\
' "arguments": {"uri": "unix:/tmp/mig.sock"}}' > /dev/null || exit 1

qmp_open /tmp/gqmp
read -r t0 _ < /proc/uptime
qmp '{"execute": "migrate", "arguments": {"uri": "unix:/tmp/mig.sock"}}' \
	> /dev/null || exit 1
for _ in $(seq 600); do
	st=$(qmp '{"execute": "query-migrate"}') || exit 1
	case "$st" in
	*'"status": "completed"'*) break;;
	*'"status": "failed"'* | *'"status": "cancelled"'*)
		echo "pvrt: migration failed: $st"
		exit 1;;
	esac
	sleep 0.5
done
case "$st" in *'"status": "completed"'*) ;; *)
	echo "pvrt: migration not completed in 300 s: $st"
	exit 1;;
esac
read -r t1 _ < /proc/uptime
echo "pvrt: migration completed from $t0 to $t1," \
	"$(echo "$st" | grep -o '"total-time": [0-9]*')," \
	"$(echo "$st" | grep -o '"downtime": [0-9]*')"

# The source ends; its status goes to a file, not to the console, which
# the destination now writes.
touch /tmp/gqmp.migrated
qmp '{"execute": "quit"}' > /dev/null
for _ in $(seq 300); do [ -e /tmp/gqmp.status ] && break; sleep 0.1; done
echo "pvrt: source QEMU exited with status $(cat /tmp/gqmp.status)"
[ "$(cat /tmp/gqmp.status)" = 0 ] || exit 1
DPID=$(pidof qemu-system-x86_64)
DVM=$(vm_dir "$DPID")
echo "pvrt: destination QEMU $DPID, VM debugfs $DVM"

VMM=$dst
read -r t0 _ < /proc/uptime
if [ "$how" = carry ]; then
	if waitfor "pvrt: mode" 5 > /dev/null; then
		echo "pvrt: the guest changed its mode after the migration"
		exit 1
	fi
	echo "pvrt: the guest kept its mode for 5 s after the migration"
	read -r t0 _ < /proc/uptime
	vmm set realtime=1 > /dev/null || exit 1
	follow native
	read -r t0 _ < /proc/uptime
	vmm set realtime=0 > /dev/null || exit 1
	follow paravirt
else
	follow native
fi
vmm get
cat "$DVM/pv_hints"
