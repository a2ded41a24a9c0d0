#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# auto-phases-host.sh [--hints] SECS LOAD...: the host side of
# auto-phases.sh and auto-load.sh: for each LOAD, load the host for SECS.
# A number H runs H CPU hogs pinned to each host CPU; "packed" runs every
# vCPU thread of the guest on host CPU 0, as a host does that packs more
# vCPUs than it has CPUs, and no hogs.  Outside a packed phase, the vCPUs
# may run on every host CPU.  With --hints, also set the VM's
# KVM_HINTS_REALTIME as each phase begins: clear under load, set
# otherwise.
# Print when each phase began in the guest's time, the uptime in the
# guest's last report before the load changed (its first report, for the
# first phase), and each change of mode that the guest reports:
#
#   pvrt: phase K: H hogs per CPU from guest time T
#   pvrt: phase K: vCPUs packed on CPU 0 from guest time T
#   pvrt: guest mode M at guest time T

# shellcheck source-path=SCRIPTDIR source=lib.sh
. /lib/pvrt/lib.sh

hints=
if [ "$1" = --hints ]; then
	hints=1
	shift
fi
secs=$1
shift
if [ -n "$hints" ]; then
	host_vm
else
	host_vm_any
fi

# pin CPUS: run every vCPU thread of the guest on host CPUS.  The thread
# ids come from QMP, asked once: QEMU's answer keeps a host CPU busy for
# a moment, which the guest sees as steal, so only runs that pack ask.
vcpus=''
pin() {
	if [ -z "$vcpus" ]; then
		qmp_open /tmp/gqmp
		answer=$(qmp '{"execute": "query-cpus-fast"}') ||
			{ echo "$answer"; exit 1; }
		# The thread of each vCPU, not the thread-id of its
		# topology in props.
		vcpus=$(echo "$answer" | sed 's/"props": *{[^}]*}//g' |
			grep -o '"thread-id": *[0-9]*' | tr -dc '0-9\n')
		[ -n "$vcpus" ] ||
			{ echo "pvrt: no vCPU threads in $answer"; exit 1; }
	fi
	for t in $vcpus; do
		taskset -p -c "$1" "$t" > /dev/null || exit 1
	done
}

k=0 mode='' hogs='' last='' packed='' cr=$(printf '\r')
for h; do
	# shellcheck disable=SC2086 # a list of pids
	[ -z "$hogs" ] || kill $hogs
	hogs=''
	if [ "$h" = packed ]; then
		pin 0
		h=0 idle=0 packed=1 load="vCPUs packed on CPU 0"
	else
		[ -z "$packed" ] || pin 0-$(($(nproc) - 1))
		idle=$((h == 0)) packed='' load="$h hogs per CPU"
	fi
	for c in $(seq 0 $(($(nproc) - 1))); do
		for _ in $(seq "$h"); do
			taskset -c "$c" sh -c 'while :; do :; done' &
			hogs="$hogs $!"
		done
	done
	if [ -n "$hints" ]; then
		vmm set realtime=$idle > /dev/null || exit 1
	fi
	read -r up _ < /proc/uptime
	end=$((${up%.*} + secs)) marked=
	if [ -n "$last" ]; then
		echo "pvrt: phase $k: $load from guest time $last"
		marked=1
	fi
	while [ "${up%.*}" -lt "$end" ]; do
		# shellcheck disable=SC3045 # busybox read has -t
		read -t $((end - ${up%.*})) -r line <&3 || break
		read -r up _ < /proc/uptime
		line=${line%"$cr"}
		case "$line" in "pvrt: auto "*) ;; *) continue;; esac
		# shellcheck disable=SC2086 # split the report into words
		set -- $line
		last=$3
		if [ -z "$marked" ]; then
			echo "pvrt: phase $k: $load from guest time $3"
			marked=1
		fi
		if [ "$4" != "$mode" ]; then
			echo "pvrt: guest mode $4 at guest time $3"
			mode=$4
		fi
	done
	[ -n "$marked" ] || { echo "pvrt: phase $k: no report from the guest"; exit 1; }
	k=$((k + 1))
done
# shellcheck disable=SC2086 # a list of pids
[ -z "$hogs" ] || kill $hogs
