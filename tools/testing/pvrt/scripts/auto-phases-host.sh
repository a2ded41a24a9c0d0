#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# auto-phases-host.sh [--hints] SECS HOGS...: the host side of
# auto-phases.sh and auto-load.sh: for each HOGS, run that many CPU hogs
# pinned to each host CPU for SECS.  With --hints, also set the VM's
# KVM_HINTS_REALTIME as each phase begins: clear while hogs run, set
# otherwise.
# Print when each phase began in the guest's time, the uptime in the
# guest's last report before the load changed (its first report, for the
# first phase), and each change of mode that the guest reports:
#
#   pvrt: phase K: H hogs per CPU from guest time T
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
host_vm
k=0 mode='' hogs='' last='' cr=$(printf '\r')
for h; do
	# shellcheck disable=SC2086 # a list of pids
	[ -z "$hogs" ] || kill $hogs
	hogs=
	for c in $(seq 0 $(($(nproc) - 1))); do
		for _ in $(seq "$h"); do
			taskset -c "$c" sh -c 'while :; do :; done' &
			hogs="$hogs $!"
		done
	done
	if [ -n "$hints" ]; then
		vmm set realtime=$((h == 0)) > /dev/null || exit 1
	fi
	read -r up _ < /proc/uptime
	end=$((${up%.*} + secs)) marked=
	if [ -n "$last" ]; then
		echo "pvrt: phase $k: $h hogs per CPU from guest time $last"
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
			echo "pvrt: phase $k: $h hogs per CPU from guest time $3"
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
