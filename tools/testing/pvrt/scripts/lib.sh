# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh
#
# Shell functions of the pvrt scenario scripts.  Every initramfs holds
# the scripts of this directory in /lib/pvrt, and each script sources
# this file as /lib/pvrt/lib.sh.  They run under busybox sh.

PV_LOCK_OPS=/sys/kernel/debug/x86/pv_lock_ops

# ktap_plan N: start the script's own report, in KTAP, of N results,
# which pvrt reads with the kernel's kunit_parser.
ktap_plan() {
	echo "KTAP version 1"
	echo "1..$1"
	ktap_n=0
}

# ktap_result STATUS NAME [DIAGNOSTIC]: the next result of the report:
# ok if STATUS is 0, else not ok.
ktap_result() {
	ktap_n=$((ktap_n + 1))
	if [ "$1" = 0 ]; then
		echo "ok $ktap_n $2${3:+ # $3}"
	else
		echo "not ok $ktap_n $2${3:+ # $3}"
	fi
}

# ktap NAME COMMAND...: a result that is ok if COMMAND succeeds.
ktap() {
	ktap_name=$1
	shift
	"$@"
	ktap_result $? "$ktap_name"
}

# torture_load TYPE WRITERS [PARAM...]: load locktorture of TYPE with
# WRITERS writers and the module parameters PARAM.
torture_load() {
	tl_type=$1 tl_writers=$2
	shift 2
	insmod /lib/modules/torture.ko
	insmod /lib/modules/locktorture.ko torture_type="$tl_type" \
		nwriters_stress="$tl_writers" stutter=0 stat_interval=0 "$@" ||
		exit 1
}

torture_unload() {
	rmmod locktorture
	rmmod torture
}

# locktorture TYPE SECS [WRITERS [PARAM...]]: run locktorture once, for
# SECS, with WRITERS writers (4 unless given), and unload it.
locktorture() {
	lt_type=$1 lt_secs=$2
	shift 2
	[ $# -gt 0 ] || set -- 4
	echo "pvrt: locktorture $lt_type for ${lt_secs}s"
	torture_load "$lt_type" "$@"
	sleep "$lt_secs"
	torture_unload
}

# The paravirt_runtime KUnit suite is a module: it checks the sites of
# vmlinux and of every loaded module, its own included.  Loading it,
# unloading it and loading it again proves that the sites of an unloaded
# module are forgotten: the second walk would fault on them.
runtime_test() {
	insmod /lib/modules/paravirt-runtime-test.ko || exit 1
	rmmod paravirt_runtime_test || exit 1
	insmod /lib/modules/paravirt-runtime-test.ko || exit 1
}

# Switch the lock ops back and forth through debugfs about every 100 ms
# in the background, until stop_switching.
start_switching() {
	cat "$PV_LOCK_OPS"
	rm -f /tmp/stop /tmp/failed
	(while [ ! -e /tmp/stop ]; do
		echo paravirt > "$PV_LOCK_OPS" || touch /tmp/failed
		sleep 0.1
		echo native > "$PV_LOCK_OPS" || touch /tmp/failed
		sleep 0.1
	done) &
}

stop_switching() {
	touch /tmp/stop
	wait
	[ ! -e /tmp/failed ] || { echo "pvrt: a switch failed"; exit 1; }
	cat "$PV_LOCK_OPS"
}

# phases SECS MODE...: run locktorture spin_lock for SECS in each MODE in
# turn, switching through debugfs before each, and print the mode and
# the switch's duration as the debugfs file reports them.
phases() {
	ph_secs=$1
	shift
	for ph_mode; do
		echo "$ph_mode" > "$PV_LOCK_OPS" || exit 1
		echo "pvrt: phase $(head -1 "$PV_LOCK_OPS")"
		grep "last switch" "$PV_LOCK_OPS"
		locktorture spin_lock "$ph_secs"
	done
}

# online_cpus N: have CPUs 0 to N-1 online and every other one offline.
online_cpus() {
	for oc in /sys/devices/system/cpu/cpu[1-9]*; do
		oc_n=${oc##*cpu}
		echo $((oc_n < $1)) > "$oc/online" || exit 1
	done
}

# lockbench MODE SECS: run lockbench.ko in MODE for SECS, a kthread per
# online vCPU (lockbench/lockbench.c), and print its report.  The
# kernel's messages stay off the console (quiet): print the report from
# the log, from the module's last begin.
lockbench() {
	insmod /lib/modules/lockbench.ko mode="$1" secs="$2" || return 1
	rmmod lockbench || return 1
	dmesg | grep -o 'lockbench: .*' |
		awk '/^lockbench: begin /{n = 0} {l[n++] = $0}
		     END {for (i = 0; i < n; i++) print l[i]}'
}

TRACING=/sys/kernel/tracing

# irqsoff_start: have the irq_disable and irq_enable events recorded
# while irqsoff runs a command, if the kernel has them.
irqsoff_start() {
	mount -t tracefs nodev "$TRACING" 2>/dev/null
	[ -d "$TRACING/events/preemptirq" ] || return 0
	echo 0 > "$TRACING/tracing_on"
	echo 1 > "$TRACING/events/preemptirq/irq_disable/enable"
	echo 1 > "$TRACING/events/preemptirq/irq_enable/enable"
}

# From the events of irqsoff_start: the longest time on any CPU between
# an irq_disable in multi_cpu_stop(), where stop_machine() disables
# interrupts, and the next irq_enable, and the longest between any
# irq_disable and the next irq_enable, with where it began; then that
# longest section on each CPU that has one, with where it began.
# shellcheck disable=SC2016 # awk's $, not the shell's
IRQSOFF_AWK='
/entries-in-buffer\/entries-written:/ {
	split($3, n, "/")
	if (n[1] != n[2])
		lost = 1
}
/ irq_(disable|enable): / {
	for (i = 1; i <= NF; i++) {
		if ($i ~ /^\[[0-9]+\]$/)
			cpu = substr($i, 2, length($i) - 2) + 0
		else if ($i ~ /^[0-9]+\.[0-9]+:$/)
			ts = substr($i, 1, length($i) - 1)
		else if ($i ~ /^irq_/)
			ev = $i
		else if ($i ~ /^caller=/) {
			fn = substr($i, 8)
			sub(/\+.*/, "", fn)
		}
	}
	if (ev == "irq_disable:") {
		start[cpu] = ts
		from[cpu] = fn
	} else if (cpu in start) {
		d = int((ts - start[cpu]) * 1000000 + 0.5)
		if (from[cpu] == "multi_cpu_stop" && d > stop)
			stop = d
		if (d > any) {
			any = d
			anyfrom = from[cpu]
		}
		if (!(cpu in most) || d > most[cpu]) {
			most[cpu] = d
			mostfrom[cpu] = from[cpu]
		}
		if (cpu > last)
			last = cpu
		delete start[cpu]
	}
}
END {
	if (lost) {
		print "lost events"
		exit
	}
	printf "%d us in stop_machine, longest %d us from %s; per CPU:",
		stop, any, anyfrom
	sep = ""
	for (c = 0; c <= last; c++) {
		if (c in most) {
			printf "%s cpu%d %d us from %s", sep, c, most[c],
				mostfrom[c]
			sep = ","
		}
	}
	printf "\n"
}'

# irqsoff CMD...: run CMD, and append to the line it prints how long
# interrupts were off on a CPU meanwhile (IRQSOFF_AWK), if the kernel
# has the events.
irqsoff() {
	if [ ! -d "$TRACING/events/preemptirq" ]; then
		"$@"
		return
	fi
	echo > "$TRACING/trace"
	echo 1 > "$TRACING/tracing_on"
	io_out=$("$@")
	echo 0 > "$TRACING/tracing_on"
	echo "$io_out irqs-off $(awk "$IRQSOFF_AWK" "$TRACING/trace")"
}

# gap_cpus FILE: from the output of pvgap (pvgap.c) that was stopped
# after a mark, each CPU's thread's policy and longest gap after the mark
# and before it, on one line: " cpuN POLICY AFTER ns (BEFORE before)"...
gap_cpus() {
	gc_n='\([0-9]*\)'
	gc_line="^pvgap: cpu $gc_n \\([a-z]*\\): longest gap $gc_n ns,"
	gc_line="$gc_line $gc_n ns before the mark\$"
	sed -n "s/$gc_line/ cpu\\1 \\2 \\3 ns (\\4 before)/p" "$1" | tr -d '\n'
}

# kvm_cpuid: print eax to edx of the CPUID leaf KVM_CPUID_FEATURES
# (0x40000001), from the cpuid driver, which reads leaf N at offset N.
kvm_cpuid() {
	echo "pvrt: cpuid 0x40000001: $(hexdump -v -s 0x40000001 -n 16 \
		-e '4/4 "%08x "' /dev/cpu/0/cpuid)"
}

# Around the lines that a nested host waits for, kernel messages below
# warnings stay off the console, so that none lands in the middle of such
# a line; loud shows them from the log afterwards.  A message already on
# its way to the console when the level drops is still printed, so wait
# for it to drain.
quiet() {
	echo 5 > /proc/sys/kernel/printk
	sleep 2
}

loud() {
	echo 7 > /proc/sys/kernel/printk
	dmesg | grep "kvm-guest: hints" || :
}

# -- in a nested host ----------------------------------------------------

# The shim that makes the guest's QEMU act as a VMM that knows the
# dynamic PV hints (vmm-shim.c), and the socket on which the QEMU that
# nested.sh starts serves the commands of pvrt-vmm (vmm-ctl.c).
VMM_SHIM=/lib/pvrt/vmm-shim.so
VMM=/tmp/vmm.sock

# vmm ARG...: pvrt-vmm on the socket $VMM: get, set NAME=0|1...|VALUE or
# clear the hints of the guest's VM, from inside its QEMU.
vmm() {
	pvrt-vmm "$VMM" "$@"
}

# guest_qemu QMP SOCKET [ARG...]: run the guest's QEMU, as nested.sh gives
# it in the environment (GUEST_SMP vCPUs of model GUEST_CPU, the kernel
# command line GUEST_APPEND), with the ARGs, under the shim, which serves
# SOCKET and, with GUEST_HINTS=1, offers KVM_FEATURE_STEAL_TIME_HINTS; its
# console and messages go to stdout.  gwatch QMP watches it.  QEMU's
# status tells a guest that reset (0) from a QEMU that failed, and ends
# the line "pvrt: guest QEMU exited with status N"; a QEMU that the guest
# migrated away from (QMP.migrated exists) only writes its status into
# QMP.status, so that no line of its own lands in the middle of one of
# the destination's.  A guest that resets or powers off only stops
# (-no-reboot, -no-shutdown), so that gwatch can take its registers if it
# did not finish its script, before it ends QEMU.
guest_qemu() (
	gq_qmp=$1 gq_sock=$2
	shift 2
	mkfifo "$gq_qmp.in" "$gq_qmp.out" "$gq_qmp-ctl.in" "$gq_qmp-ctl.out"
	gwatch "$gq_qmp" &
	gq_gw=$!
	LD_PRELOAD=$VMM_SHIM PVRT_VMM_SOCKET=$gq_sock \
	PVRT_VMM_STEAL_TIME_HINTS=$GUEST_HINTS \
		/usr/bin/qemu-system-x86_64 -enable-kvm -cpu "$GUEST_CPU" \
		-smp "$GUEST_SMP" -m 512 -L /usr/share/qemu -nodefaults \
		-no-user-config -display none -no-reboot -no-shutdown \
		-qmp "pipe:$gq_qmp" -qmp "pipe:$gq_qmp-ctl" -serial stdio \
		-kernel /guest/bzImage -initrd /guest/initrd \
		-append "$GUEST_APPEND" "$@" </dev/null 2>&1
	gq_rc=$?
	kill "$gq_gw" 2>/dev/null
	if [ -e "$gq_qmp.migrated" ]; then
		echo "$gq_rc" > "$gq_qmp.status"
	else
		echo "pvrt: guest QEMU exited with status $gq_rc"
	fi
	exit "$gq_rc"
)

# gwatch QMP: wait, through a guest QEMU's QMP on the FIFOs QMP.in and
# QMP.out, for the guest to stop (it resets or powers off), and then,
# unless the guest finished its script, print its registers as QMP gives
# them; then end QEMU.  A QEMU that the host ends (the source of a
# migration) is left alone.
gwatch() {
	exec 4> "$1.in" 5< "$1.out"
	echo '{"execute": "qmp_capabilities"}' >&4
	while read -r ev <&5; do
		case "$ev" in
		*'"SHUTDOWN"'*'"guest": false'*) return;;
		*'"SHUTDOWN"'*) break;;
		esac
	done
	sleep 1
	# The guest finished its script since it last booted: a driver may
	# run one guest after another on the same console.
	if ! grep -e 'Linux version ' -e 'pvrt: scenario finished' \
		/tmp/guest.log | tail -1 | grep -q 'pvrt: scenario finished'; then
		echo '{"execute": "human-monitor-command",'\
			' "arguments": {"command-line": "info registers -a"}}' >&4
		while read -r ev <&5; do
			case "$ev" in '{"return": "'*)
				echo "pvrt: guest registers: $ev"; break;; esac
		done
	fi
	echo '{"execute": "quit"}' >&4
}

# qmp_open QMP: talk to a guest QEMU through its second QMP, on the FIFOs
# QMP-ctl.in and QMP-ctl.out, with qmp; gwatch has the first.
qmp_open() {
	exec 6> "$1-ctl.in" 7< "$1-ctl.out"
	qmp '{"execute": "qmp_capabilities"}' > /dev/null
}

# qmp COMMAND: send COMMAND, a line of JSON, to the QEMU of qmp_open and
# print its answer, skipping events; fail on an error.
qmp() {
	echo "$1" >&6
	while read -r qm_line <&7; do
		case "$qm_line" in
		'{"return"'*) echo "$qm_line"; return 0;;
		'{"error"'*) echo "pvrt: QMP $1: $qm_line"; return 1;;
		esac
	done
	echo "pvrt: QMP $1: no answer"
	return 1
}

# waitfor PATTERN SECONDS: read the guest's console lines from fd 3 as
# they come, up to the next one that holds PATTERN; fail after SECONDS.
waitfor() {
	read -r up _ < /proc/uptime
	end=$((${up%.*} + $2))
	left=$2
	# shellcheck disable=SC3045 # busybox read has -t
	while [ "$left" -gt 0 ] && read -t "$left" -r line <&3; do
		case "$line" in *"$1"*) return 0;; esac
		read -r up _ < /proc/uptime
		left=$((end - ${up%.*}))
	done
	echo "pvrt: no \"$1\" from the guest in $2s"
	return 1
}

# vm_dir PID: the debugfs directory of the VM of QEMU process PID, which
# holds the read-only counters of its hints.
vm_dir() {
	# shellcheck disable=SC2012 # names of the form PID-FD
	ls -d "/sys/kernel/debug/kvm/$1"-*/ | head -1
}

# host_vm_any: once the guest is ready, set QPID to the pid of its QEMU
# and VM to its VM's directory in debugfs, on any host: a script that
# uses none of this series' host interfaces also runs on an unmodified
# host (PVRT_HOST_SRC).
host_vm_any() {
	waitfor "pvrt: guest ready" 300 || exit 1
	QPID=$(pidof qemu-system-x86_64)
	VM=$(vm_dir "$QPID")
	echo "pvrt: QEMU $QPID, VM debugfs $VM"
}

# host_vm: host_vm_any, on a host whose VM shows its hints in debugfs.
host_vm() {
	host_vm_any
	[ -f "$VM/pv_hints" ] || { echo "pvrt: no pv_hints file"; exit 1; }
}
