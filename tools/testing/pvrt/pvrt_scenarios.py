# SPDX-License-Identifier: GPL-2.0
"""The scenarios of pvrt check, as lists of runs: what each boots, the
script it runs there, and the checks on its log.
"""

import re
from pvrt_kernel import (OUT, text_sites)
from pvrt_parser import (has, ktap_problems, ktap_runs, kunit_ok, torture_ok,
                         torture_writes)
from pvrt_machine import (Inspect, KVM_SELFTESTS, Run, kvm_selftests)


# -- in-guest scripts --------------------------------------------------------

def locktorture(ttype, secs, writers=4, params=''):
    """Shell lines that run locktorture once and unload it."""
    return (f'echo "pvrt: locktorture {ttype} for {secs}s"\n'
            f'insmod /lib/modules/torture.ko\n'
            f'insmod /lib/modules/locktorture.ko torture_type={ttype} '
            f'nwriters_stress={writers} stutter=0 stat_interval=0 {params}'
            f' || exit 1\n'
            f'sleep {secs}\n'
            f'rmmod locktorture\n'
            f'rmmod torture\n')


# -- scenarios -------------------------------------------------------------

TORTURE_SECS = 30


def scen_bare_locktorture():
    types = ['spin_lock', 'spin_lock_irq']
    script = ''.join(locktorture(t, TORTURE_SECS) for t in types)
    return [Run('bare-locktorture', script, timeout=360,
                checks=[has(r'Booting paravirtualized kernel on bare hardware',
                            'paravirt kernel on bare hardware')] +
                [torture_ok(t) for t in types])]


def scen_kvm(name, cpu, banner, smp):
    return [Run(name, locktorture('spin_lock', TORTURE_SECS), timeout=480,
                kernel='host', smp=2, nested={'cpu': cpu, 'smp': smp},
                checks=[has(r'Booting paravirtualized kernel on KVM',
                            'guest runs on KVM'),
                        has(re.escape(banner), banner),
                        torture_ok('spin_lock')])]


# The nested guest's CPU.  XSAVE is off because KVM running under TCG
# reports a CPUID 0xd size for the enabled XCR0 that disagrees with the
# features it lists, and the guest warns about it at boot; that is the
# emulator's business, not the series'.
GUEST_CPU = 'host,kvm-pv-unhalt=on,-xsave'


def scen_kvm_pv():
    """4 vCPUs on the host's 2: PV spinlocks are what make that work."""
    return scen_kvm('kvm-pv', GUEST_CPU, 'PV spinlocks enabled', 4)


def scen_kvm_realtime():
    """The hint promises a host CPU per vCPU, so give the guest 2 vCPUs:
    oversubscribed, native spinlocks can stall for minutes on preempted
    lock holders, which is the problem the series exists for."""
    return scen_kvm('kvm-realtime', GUEST_CPU + ',kvm-hint-dedicated=on',
                    'PV spinlocks disabled with KVM_HINTS_REALTIME hints', 2)


# The paravirt_runtime KUnit suite is a module: it checks the sites of
# vmlinux and of every loaded module, its own included.  Loading it,
# unloading it and loading it again proves that the sites of an unloaded
# module are forgotten: the second walk would fault on them.
RUNTIME_TEST = ('insmod /lib/modules/paravirt-runtime-test.ko || exit 1\n'
                'rmmod paravirt_runtime_test || exit 1\n'
                'insmod /lib/modules/paravirt-runtime-test.ko || exit 1\n')

# A module with lock-op sites in plain .parainstructions, as if built
# without CONFIG_PARAVIRT_RUNTIME, must not load.
PLAIN_MODULE = ('if insmod /lib/modules/paravirt-runtime-plain.ko; then\n'
                '  echo "pvrt: the module with plain lock-op sites loaded"\n'
                '  exit 1\n'
                'fi\n'
                'echo "pvrt: the module with plain lock-op sites was refused"\n')
PLAIN_REFUSED = has(r'paravirt_runtime_plain: lock-op call sites outside '
                    r'\.parainstructions\.runtime',
                    'a module with plain lock-op sites is refused, by name')


# Neither a kprobe nor an fentry tracer can reach into a switch.
NOT_TRACEABLE = has(r'# pvrt_switch_not_traceable: [1-9]\d* of \d+ functions of '
                    r'the switch exist, kprobes and fentry checked',
                    'the switch refuses kprobes and fentry tracers', 2)


def sites_checked(mode):
    return has(rf'# pvrt_sites_match_boot_text: \d+ sites, [1-9]\d* in '
               rf'this module, booted {mode}',
               f'sites of vmlinux and of the module checked, booted {mode}',
               2)


def runtime_table(kept):
    """pvsites shows the runtime table with every lock-op site (@kept), or
    no runtime table and every lock-op site in .parainstructions."""
    ops = re.compile(r'^(\w+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+$', re.M)

    def ok(text):
        rows = list(ops.finditer(text))
        if len(rows) != 5 or not all(int(m.group(2)) for m in rows):
            return False
        runtime = [int(m.group(3)) for m in rows]
        absent = re.search(r'^\.parainstructions\.runtime\s+absent$', text,
                           re.M)
        if kept:
            return not absent and runtime == [int(m.group(2)) for m in rows]
        return bool(absent) and not any(runtime)
    return ('vmlinux: every lock-op site in .parainstructions.runtime' if kept
            else 'vmlinux: no .parainstructions.runtime, lock-op sites in '
            '.parainstructions', ok)


def scen_runtime_sites():
    """The runtime sites and their generated instructions, checked by the
    paravirt_runtime KUnit suite in a native and in a paravirt guest; and
    the runtime table of vmlinux with CONFIG_PARAVIRT_RUNTIME on (guest) and
    off (host)."""
    checks = [kunit_ok('paravirt_runtime', 2), NOT_TRACEABLE]
    # locktorture stays loaded while the suite runs, so that the walk
    # covers a second module, whose init text has been freed.
    torture = locktorture('spin_lock', 10).replace(
        'rmmod locktorture\n', RUNTIME_TEST + 'rmmod locktorture\n')
    return [Run('runtime-sites-native', RUNTIME_TEST + PLAIN_MODULE,
                timeout=120,
                checks=checks + [sites_checked('native'), PLAIN_REFUSED,
                                 has('pvrt: the module with plain lock-op '
                                     'sites was refused',
                                     'insmod of that module failed')]),
            # No lockdep: about 1700 inline unlock sites.
            Run('runtime-sites-inline', torture, timeout=180,
                kernel='guest-inline',
                checks=checks + [sites_checked('native'),
                                 torture_ok('spin_lock')]),
            Run('runtime-sites-paravirt', RUNTIME_TEST, timeout=300,
                kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 4},
                checks=checks + [sites_checked('paravirt')]),
            Inspect('runtime-table-on', 'guest', [runtime_table(True)]),
            Inspect('runtime-table-off', 'host', [runtime_table(False)])]


PV_LOCK_OPS = '/sys/kernel/debug/x86/pv_lock_ops'


# Shell lines that switch the lock ops back and forth through debugfs
# about every 100 ms in the background, until STOP_SWITCHING.
START_SWITCHING = (f'cat {PV_LOCK_OPS}\n'
                   'rm -f /tmp/stop /tmp/failed\n'
                   '(while [ ! -e /tmp/stop ]; do\n'
                   f'  echo paravirt > {PV_LOCK_OPS} || touch /tmp/failed\n'
                   '  sleep 0.1\n'
                   f'  echo native > {PV_LOCK_OPS} || touch /tmp/failed\n'
                   '  sleep 0.1\n'
                   'done) &\n')
STOP_SWITCHING = ('touch /tmp/stop\n'
                  'wait\n'
                  '[ ! -e /tmp/failed ] || { echo "pvrt: a switch failed"; '
                  'exit 1; }\n'
                  f'cat {PV_LOCK_OPS}\n')


def switches_done(least):
    """The debugfs file counted at least @least switches and ended native."""
    pat = re.compile(r'^mode: (\w+)\nsites: \d+\nswitches: (\d+)$', re.M)

    def ok(text):
        reads = pat.findall(text)
        return bool(reads) and reads[-1][0] == 'native' and \
            int(reads[-1][1]) >= least
    return (f'at least {least} switches, ending native', ok)


STRESS_SECS = 60
STRESS_TYPES = ['spin_lock', 'spin_lock_irq', 'rw_lock']


def torture_done(ttype, times):
    """locktorture @ttype ended in SUCCESS @times times (classify() fails
    any run whose statistics show a Fail)."""
    return has(rf'{re.escape(ttype)}-torture:--- End of test: SUCCESS',
               f'locktorture {ttype}: End of test: SUCCESS x{times}', times)


def scen_switch_stress():
    """locktorture while the lock ops switch between native and the test
    paravirt ops about every 100 ms: each lock type for 60 s in both guest
    configs; spin_lock with CPU hotplug; and spin_lock while locktorture
    is loaded and unloaded.  Afterwards the KUnit suite checks that every
    site holds the native text again."""
    registered = has(r'pv_selftest: test paravirt lock ops registered',
                     'test paravirt ops registered')
    after = [kunit_ok('paravirt_runtime', 2), sites_checked('native')]

    types = START_SWITCHING + ''.join(
        locktorture(t, STRESS_SECS) for t in STRESS_TYPES) + \
        STOP_SWITCHING + RUNTIME_TEST
    checks = [registered] + [torture_ok(t) for t in STRESS_TYPES] + \
        [switches_done(300)] + after

    hotplug = START_SWITCHING + locktorture(
        'spin_lock', STRESS_SECS,
        params='onoff_interval=1 onoff_holdoff=2') + \
        STOP_SWITCHING + RUNTIME_TEST

    loads = 10
    modules = START_SWITCHING + \
        f'for i in $(seq {loads}); do\n' + \
        locktorture('spin_lock', STRESS_SECS // loads) + 'done\n' + \
        STOP_SWITCHING + RUNTIME_TEST
    return [Run('switch-stress', types, timeout=600, checks=checks),
            Run('switch-stress-inline', types, timeout=600,
                kernel='guest-inline', checks=checks),
            Run('switch-stress-hotplug', hotplug, timeout=300,
                checks=[registered, torture_ok('spin_lock'),
                        has(r'CPU \d+ is now offline',
                            'CPUs went offline, 5 times at least', 5),
                        switches_done(100)] + after),
            Run('switch-stress-modules', modules, timeout=300,
                checks=[registered, torture_done('spin_lock', loads),
                        switches_done(100)] + after)]


SELFTEST_TESTS = ['switches', 'sites', 'int3_primary', 'int3_others',
                  'nmi_gate', 'load', 'nmi_gate_back_to_back',
                  'nmi_gate_late', 'stop_machine_error']


def selftest_ok():
    """pv_selftest passed each of its tests, none skipped, and reported
    no failure."""
    def ok(text):
        runs = [r for r in ktap_runs(text)
                if r.subtests and r.subtests[0].name == SELFTEST_TESTS[0]]
        return len(runs) == 1 and \
            not ktap_problems(runs[0], SELFTEST_TESTS)
    return [(f'pv_selftest: {", ".join(SELFTEST_TESTS)} ok, none skipped',
             ok),
            has(rf'# pv_selftest: {len(SELFTEST_TESTS)} passed, 0 failed',
                f'pv_selftest: {len(SELFTEST_TESTS)} passed, 0 failed')]


def scen_pv_selftest():
    """The boot selftest of the switch: on bare QEMU with the test
    paravirt ops, in both guest configs, and in a KVM guest that booted
    with PV spinlocks, whose own ops it switches."""
    args = 'pv_selftest=100'
    script = f'cat {PV_LOCK_OPS}\n'
    return [Run('pv-selftest', script, timeout=300, args=args,
                checks=selftest_ok()),
            Run('pv-selftest-inline', script, timeout=300, args=args,
                kernel='guest-inline', checks=selftest_ok()),
            # A panic in the middle of a switch, while the other CPUs'
            # NMIs wait in the gate, must still stop every other CPU.
            # panic() waits up to a second for its IPI before it sends
            # NMIs; give it time on a loaded machine.
            Run('pv-selftest-panic', script, timeout=120, grace=90,
                args=args + ' pv_selftest_panic', expect='Kernel panic',
                checks=[has(r'pv_selftest: 1 of 4 CPUs still online after '
                            r'the stop',
                            'every other CPU stopped by the panic')]),
            Run('pv-selftest-kvm', script, timeout=480, args=args,
                kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 4},
                checks=[has(r'PV spinlocks enabled',
                            'guest booted paravirt')] + selftest_ok())]


ROUND_TRIP = f"""D={PV_LOCK_OPS}
echo 'pvrt: round-trip: text at boot'; read _
echo paravirt > $D || exit 1
head -1 $D
echo 'pvrt: round-trip: text in paravirt'; read _
echo native > $D || exit 1
head -1 $D
echo 'pvrt: round-trip: text in native'; read _
"""


def round_trip(kernel):
    """The guest switches native -> paravirt -> native; at each step the
    harness saves the guest's kernel text through the QEMU monitor.  In
    paravirt every site must change but those of vcpu_is_preempted, the
    last of the five ops, which is the same function in the test ops; in
    native again every site must be byte-identical to its boot text."""
    dumps = {}

    def save(tag):
        def act(mon):
            start, end, _ = text_sites(OUT / 'kernel' / kernel)
            path = OUT / 'logs' / f'round-trip-{kernel}.{tag}.bin'
            path.unlink(missing_ok=True)
            mon.cmd(f'memsave {start:#x} {end - start} "{path}"')
            if path.exists():
                dumps[tag] = path.read_bytes()
        return act

    def changed(a, b):
        """The sites that differ between two dumps, and those that must."""
        sites = text_sites(OUT / 'kernel' / kernel)[2]
        ops = sorted({op for _, _, op in sites})
        if len(ops) != 5 or any(t not in dumps for t in (a, b)):
            return None, None
        diff = {(o, n, op) for o, n, op in sites
                if dumps[a][o:o + n] != dumps[b][o:o + n]}
        return diff, {site for site in sites if site[2] != ops[4]}

    steps = [(f'pvrt: round-trip: text {t}', save(t))
             for t in ('at boot', 'in paravirt', 'in native')]

    def paravirt_ok(text):
        diff, want = changed('at boot', 'in paravirt')
        return diff is not None and bool(want) and diff == want

    def native_ok(text):
        diff, _ = changed('at boot', 'in native')
        return diff == set()

    checks = [('in paravirt, the sites of four ops differ from boot, those '
               'of vcpu_is_preempted do not (QEMU monitor)', paravirt_ok),
              ('in native again, every site is byte-identical to boot '
               '(QEMU monitor)', native_ok),
              has('(?m)^mode: paravirt$', 'guest reported paravirt'),
              has('(?m)^mode: native$', 'guest reported native')]
    return Run(f'round-trip-{kernel}', ROUND_TRIP, timeout=300,
               kernel=kernel, steps=steps, checks=checks)


def scen_round_trip():
    """native -> paravirt -> native leaves every site of vmlinux as it
    booted, as read from outside the guest."""
    return [round_trip('guest'), round_trip('guest-inline')]


BAD_INPUT = f"""D={PV_LOCK_OPS}
mkdir -p /etc
echo 'nobody:x:65534:65534:nobody:/:/bin/sh' > /etc/passwd
echo 'nogroup:x:65534:' > /etc/group
before=$(cat $D)
same() {{
  [ "$(cat $D)" = "$before" ] && echo "pvrt: $1" && return
  echo "pvrt: not so: $1"; exit 1
}}
reject() {{
  if printf '%s' "$1" > $D 2>/dev/null; then
    echo "pvrt: accepted $2"; exit 1
  fi
  echo "pvrt: rejected $2"
}}
reject bogus 'an unknown word'
reject natives 'a longer word'
reject 'native paravirt' 'two words'
reject "$(head -c 4096 /dev/zero | tr '\\0' n)" 'a 4096-byte write'
[ "$(su -s /bin/sh nobody -c 'id -u')" = 65534 ] || exit 1
if su -s /bin/sh nobody -c "echo paravirt > $D" 2>/dev/null; then
  echo 'pvrt: accepted a write by nobody'; exit 1
fi
echo 'pvrt: rejected a write by nobody'
same 'the state is unchanged after rejected writes'
echo native > $D || exit 1
same 'writing the mode in use is a no-op'
for w in 1 2 3 4; do
  (i=0; while [ $i -lt 10 ]; do
     echo paravirt > $D && echo native > $D || touch /tmp/failed
     i=$((i+1)); done) &
done
wait
[ ! -e /tmp/failed ] || {{ echo 'pvrt: a writer failed'; exit 1; }}
echo 'pvrt: every concurrent write succeeded'
cat $D
"""


def scen_bad_input():
    """The debugfs switch rejects bad words, long writes and non-root
    writers, and changes nothing then; writing the mode in use does
    nothing; concurrent writers are serialised, which the KUnit suite
    confirms by finding every site native after they all end native."""
    rejected = ['an unknown word', 'a longer word', 'two words',
                'a 4096-byte write', 'a write by nobody']
    checks = [has(f'pvrt: rejected {re.escape(r)}', f'rejected {r}')
              for r in rejected]
    checks += [has('pvrt: the state is unchanged after rejected writes',
                   'state unchanged after rejected writes'),
               has('pvrt: writing the mode in use is a no-op',
                   'writing the mode in use is a no-op'),
               has('pvrt: every concurrent write succeeded',
                   'every concurrent write succeeded'),
               switches_done(2), kunit_ok('paravirt_runtime', 2),
               sites_checked('native')]
    return [Run('bad-input', BAD_INPUT + RUNTIME_TEST, timeout=300,
                checks=checks)]


# -- dynamic hints ------------------------------------------------------

# QEMU's "-cpu host" offers only the KVM features it has a name for,
# unless it is not migratable; KVM_FEATURE_PV_HINTS_INT has no name yet.
HINTS_CPU = GUEST_CPU + ',migratable=off,kvm-hint-dedicated=on'
HINT_FLIPS = 20       # round trips of KVM_HINTS_REALTIME
HINT_BOUND = 5.0      # seconds from a hint change to the guest's new mode

# Host lines: the guest's VM in debugfs, as $VM, once the guest is ready.
HOST_VM = ('waitfor "pvrt: guest ready" 300 || exit 1\n'
           'VM=$(ls -d /sys/kernel/debug/kvm/*-*/ | head -1)\n'
           '[ -f "$VM/pv_hints" ] || { echo "pvrt: no pv_hints file"; '
           'exit 1; }\n'
           'echo "pvrt: VM debugfs $VM"\n')


def hint_flips(flips):
    """Host lines: clear and set KVM_HINTS_REALTIME @flips times, each
    time waiting for the guest to report its new mode, and print the
    uptime before the change and once the guest's mode showed."""
    return (HOST_VM +
            'waitfor "pvrt: mode native" 60 || exit 1\n'
            f'for k in $(seq {flips}); do\n'
            '  for h in 0 1; do\n'
            '    if [ $h = 0 ]; then m=paravirt; else m=native; fi\n'
            '    read t0 x < /proc/uptime\n'
            '    echo $h > $VM/pv_hints || exit 1\n'
            '    waitfor "pvrt: mode $m" 60 || '
            '{ echo "pvrt: hints $h: the guest did not go $m"; exit 1; }\n'
            '    read t1 x < /proc/uptime\n'
            '    echo "pvrt: hints $h: $m from $t0 to $t1"\n'
            '  done\n'
            'done\n'
            'cat $VM/pv_hints\n')


# Guest lines around those that the host waits for: kernel messages below
# warnings stay off the console meanwhile, so that none lands in the
# middle of such a line; they are shown from the log afterwards.  A
# message already on its way to the console when the level drops is still
# printed, so wait for it to drain.
QUIET = 'echo 5 > /proc/sys/kernel/printk\nsleep 2\n'
LOUD = ('echo 7 > /proc/sys/kernel/printk\n'
        'dmesg | grep "kvm-guest: hints"\n')


def mode_watch(changes):
    """Guest lines: print the mode from debugfs each time it changes, the
    first time included, until it has changed @changes times."""
    return ('n=0\n'
            'last=\n'
            f'while [ $n -le {changes} ]; do\n'
            f'  m=$(sed -n "s/^mode: //p" {PV_LOCK_OPS})\n'
            '  if [ "$m" != "$last" ]; then\n'
            '    echo "pvrt: mode $m"\n'
            '    last=$m\n'
            '    n=$((n + 1))\n'
            '  fi\n'
            '  sleep 0.02\n'
            'done\n')


HINT_FLIP = re.compile(r'^pvrt: hints ([01]): (\w+) from ([\d.]+) to '
                       r'([\d.]+)$', re.M)


def hint_latencies(text):
    """Seconds from each host hint change to the guest's new mode."""
    return [float(m.group(4)) - float(m.group(3))
            for m in HINT_FLIP.finditer(text)]


def flips_within(flips, bound):
    def ok(text):
        lat = hint_latencies(text)
        return len(lat) == 2 * flips and max(lat) <= bound
    return (f'{2 * flips} hint changes, each followed by the guest\'s mode '
            f'within {bound:.0f}s', ok)


def guest_modes(flips):
    """The guest reported native first, then alternated @flips times."""
    want = ['native'] + ['paravirt', 'native'] * flips

    def ok(text):
        return re.findall(r'^pvrt: mode (\w+)$', text, re.M) == want
    return (f'guest debugfs mode: native, then paravirt/native x{flips}',
            ok)


def handled_at_least(least):
    pat = re.compile(r'^kvm hint notifications: \d+ interrupts, (\d+) '
                     r'handled$', re.M)
    return (f'guest handled at least {least} notifications',
            lambda text: any(int(v) >= least for v in pat.findall(text)))


def scen_kvm_dynamic_hints():
    """The guest boots native with KVM_HINTS_REALTIME under locktorture;
    the host clears and sets the hint through its debugfs file and the
    guest follows each time, as its own debugfs file shows."""
    script = (f'cat {PV_LOCK_OPS}\n'
              'insmod /lib/modules/torture.ko\n'
              'insmod /lib/modules/locktorture.ko torture_type=spin_lock '
              'nwriters_stress=4 stutter=0 stat_interval=0 || exit 1\n' +
              QUIET + 'echo "pvrt: guest ready"\n' +
              mode_watch(2 * HINT_FLIPS) + LOUD +
              'rmmod locktorture\n'
              'rmmod torture\n'
              f'cat {PV_LOCK_OPS}\n')
    return [Run('kvm-dynamic-hints', script, timeout=900, kernel='host',
                smp=2, nested={'cpu': HINTS_CPU, 'smp': 4,
                               'driver': hint_flips(HINT_FLIPS)},
                checks=[has('kvm-guest: PV spinlocks disabled with '
                            'KVM_HINTS_REALTIME hints',
                            'guest booted native (REALTIME)'),
                        guest_modes(HINT_FLIPS),
                        handled_at_least(2 * HINT_FLIPS),
                        torture_ok('spin_lock')],
                host_checks=[flips_within(HINT_FLIPS, HINT_BOUND),
                             has(r'registered vcpus: 4',
                                 'every guest vCPU registered')])]


HINT_PHASE = re.compile(r'^pvrt: phase mode: (\w+), (\d) vCPUs$', re.M)


def hint_phases(phases, secs):
    """(guest lines, host lines) for locktorture phases of @secs in a
    guest of 4 vCPUs.  Each phase is (vCPUs online, hints): the guest
    brings that many vCPUs online, asks the host for the hints and waits
    until its mode follows them, then runs locktorture with a writer per
    vCPU."""
    guest = ''
    for cpus, hints in phases:
        mode = 'native' if hints else 'paravirt'
        guest += ''.join(f'echo {int(c < cpus)} > '
                         f'/sys/devices/system/cpu/cpu{c}/online\n'
                         for c in (2, 3))
        guest += (f'echo "pvrt: want hints {hints}"\n'
                  f'until grep -q "^mode: {mode}" {PV_LOCK_OPS}; do '
                  'sleep 0.02; done\n'
                  f'echo "pvrt: phase mode: {mode}, {cpus} vCPUs"\n' +
                  locktorture('spin_lock', secs, writers=cpus))
    host = HOST_VM + ''.join(f'waitfor "pvrt: want hints" {secs + 300} '
                             f'|| exit 1\necho {hints} > $VM/pv_hints\n'
                             for _, hints in phases)
    return guest, host + 'cat $VM/pv_hints\n'


def hint_phase_results(text):
    """(mode, vCPUs, locktorture writes) of each phase of hint_phases()."""
    marks = list(HINT_PHASE.finditer(text))
    return [(m.group(1), int(m.group(2)),
             torture_writes(text[m.start():marks[k + 1].start()
                                 if k + 1 < len(marks) else len(text)],
                            'spin_lock'))
            for k, m in enumerate(marks)]


def hint_phases_run(name, phases, secs):
    guest, host = hint_phases(phases, secs)
    return Run(name, QUIET + 'echo "pvrt: guest ready"\n' + guest + LOUD,
               timeout=len(phases) * (secs + 120) + 300, kernel='host', smp=2,
               nested={'cpu': HINTS_CPU, 'smp': 4, 'driver': host},
               checks=[torture_ok('spin_lock')])


# The guest's CPUID leaf KVM_CPUID_FEATURES, eax to edx, from the cpuid
# driver, which reads leaf N at offset N.
KVM_CPUID = ('echo "pvrt: cpuid 0x40000001: $(hexdump -v -s 0x40000001 -n 16 '
             '-e \'4/4 "%08x "\' /dev/cpu/0/cpuid)"\n')
KVM_CPUID_LINE = re.compile(r'^pvrt: cpuid 0x40000001: '
                            r'([0-9a-f]{8}(?: [0-9a-f]{8}){3})\s*$', re.M)


def cpuid_unchanged(text):
    """The guest read the KVM_CPUID_FEATURES leaf twice, both times the
    same, with KVM_HINTS_REALTIME set in edx as the VMM set it."""
    leaves = KVM_CPUID_LINE.findall(text)
    return (len(leaves) == 2 and leaves[0] == leaves[1] and
            int(leaves[0].split()[3], 16) & 1 == 1)


def scen_kvm_no_feature():
    """A guest kernel without CONFIG_PARAVIRT_RUNTIME (the host kernel)
    under the same host: it never registers for notifications, goes on
    working while the hint changes, and its CPUID never changes."""
    script = (QUIET + KVM_CPUID + 'echo "pvrt: guest ready"\n'
              'for i in $(seq 20); do ls -R / > /dev/null; sleep 0.5; done\n'
              + KVM_CPUID + 'echo "pvrt: guest still working"\n')
    # The last change leaves the hint clear, unlike the guest's CPUID,
    # which the guest reads again once its loop is over.
    driver = (HOST_VM +
              'for k in $(seq 10); do\n'
              '  echo 1 > $VM/pv_hints && sleep 0.2 &&\n'
              '  echo 0 > $VM/pv_hints && sleep 0.2 || exit 1\n'
              'done\n'
              'cat $VM/pv_hints\n')
    return [Run('kvm-no-feature', script, timeout=480, kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 2, 'kernel': 'host',
                        'driver': driver},
                checks=[has('pvrt: guest still working'),
                        ('KVM_CPUID_FEATURES the same before and after, '
                         'KVM_HINTS_REALTIME set', cpuid_unchanged)],
                host_checks=[has(r'changes: 20\nnotifications: 0\n'
                                 r'registered vcpus: 0',
                                 '20 hint changes, no vCPU registered, '
                                 'no notification')])]


def scen_kvm_pv_hints_selftest():
    """The KVM selftest of the hint uAPI, and cpuid_test, which must still
    pass, in the host kernel under TCG."""
    script = ''.join(f'/bin/{t}\n'
                     f'echo "pvrt: {t} exited $?"\n' for t in KVM_SELFTESTS)
    return [Run('kvm-pv-hints-selftest', script, timeout=300, kernel='host',
                smp=2, files=kvm_selftests,
                checks=[has(r'# Totals: pass:9 fail:0 xfail:0 xpass:0 '
                            r'skip:0 error:0', 'pv_hints_test: 9 passed')] +
                [has(f'pvrt: {t} exited 0', f'{t} exited 0')
                 for t in KVM_SELFTESTS])]


LKDTM = 'echo {} > /sys/kernel/debug/provoke-crash/DIRECT\n'


def scen_harness_catches():
    """Runs that must each be classified as failed, for the right reason."""
    quick = 'watchdog_thresh=2'
    return [
        Run('catch-warning', LKDTM.format('WARNING'), 120, expect='WARNING'),
        Run('catch-bug', LKDTM.format('EXCEPTION'), 120, expect='BUG'),
        Run('catch-lockdep', LKDTM.format('SPINLOCKUP'), 120,
            expect='lockdep'),
        Run('catch-softlockup', LKDTM.format('SOFTLOCKUP'), 120, args=quick,
            expect='soft lockup'),
        Run('catch-rcu-stall', LKDTM.format('SOFTLOCKUP'), 120,
            args='nowatchdog rcupdate.rcu_cpu_stall_timeout=3',
            expect='RCU stall'),
        Run('catch-panic', LKDTM.format('PANIC'), 120, expect='Kernel panic'),
        Run('catch-torture-fail', locktorture('lock_busted', 5), 120,
            expect='locktorture Fail'),
        Run('catch-exit-status', 'exit 3\n', 120, expect='scenario exited 3'),
        Run('catch-timeout', 'sleep 3600\n', 60, expect='timeout after 60s'),
        # A die() header whose name is in no other pattern.
        Run('catch-die', 'echo "<2>int3: 0000 [#1] SMP" > /dev/kmsg\n', 120,
            expect='Oops'),
        # Every CPU spins with interrupts off: no lockup detector can
        # speak under TCG, so only the monitor can tell where they are.
        Run('catch-freeze', 'for c in 0 1 2 3; do taskset -c $c sh -c "' +
            LKDTM.format('HARDLOCKUP').strip() + '" & done\nwait\n', 60,
            expect='timeout after 60s',
            stuck=(r'RIP \w+ lkdtm_HARDLOCKUP\+', True,
                   'RIP in lkdtm_HARDLOCKUP')),
        # sysrq-b resets at once, like a machine that dies under QEMU.
        Run('catch-reset', 'echo b > /proc/sysrq-trigger\n', 120,
            expect='machine reset',
            stuck=('native_machine_emergency_restart', False,
                   'native_machine_emergency_restart')),
        Run('catch-guest-reset', 'echo b > /proc/sysrq-trigger\n', 180,
            kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 2},
            expect='machine reset'),
    ]


SCENARIOS = {
    'bare-locktorture': scen_bare_locktorture,
    'kvm-pv': scen_kvm_pv,
    'kvm-realtime': scen_kvm_realtime,
    'harness-catches': scen_harness_catches,
    'runtime-sites': scen_runtime_sites,
    'switch-stress': scen_switch_stress,
    'bad-input': scen_bad_input,
    'pv-selftest': scen_pv_selftest,
    'round-trip': scen_round_trip,
    'kvm-dynamic-hints': scen_kvm_dynamic_hints,
    'kvm-no-feature': scen_kvm_no_feature,
    'kvm-pv-hints-selftest': scen_kvm_pv_hints_selftest,
}


def lock_implementation(text):
    """The spinlock implementation a guest chose at boot, from its log."""
    if re.search(r'kvm-guest: PV spinlocks enabled', text):
        return ('paravirt (__pv_queued_spin_lock_slowpath, kvm_wait, '
                'kvm_kick_cpu)')
    m = re.search(r'kvm-guest: PV spinlocks disabled(.*)', text)
    if m:
        return ('native qspinlock (KVM guest: PV spinlocks disabled'
                f'{m.group(1).rstrip()})')
    m = re.search(r'Booting paravirtualized kernel on (.*)', text)
    if m:
        return f'native qspinlock (paravirt kernel on {m.group(1).strip()})'
    return 'unknown (no boot banner in the log)'


def phases(modes, secs, ttype='spin_lock'):
    """Shell lines that run locktorture for @secs in each of @modes in
    turn, switching through debugfs before each, and print the mode and
    the switch's duration as the debugfs file reports them."""
    lines = ''
    for mode in modes:
        lines += (f'echo {mode} > {PV_LOCK_OPS} || exit 1\n'
                  f'echo "pvrt: phase $(head -1 {PV_LOCK_OPS})"\n'
                  f'grep "last switch" {PV_LOCK_OPS}\n' +
                  locktorture(ttype, secs))
    return lines


PHASE = re.compile(r'^pvrt: phase mode: (\w+)$', re.M)


def phase_results(text, ttype='spin_lock'):
    """(mode, switch duration in ns, locktorture writes) of each phase."""
    marks = list(PHASE.finditer(text))
    out = []
    for k, m in enumerate(marks):
        part = text[m.start():marks[k + 1].start() if k + 1 < len(marks)
                    else len(text)]
        ns = re.search(r'^last switch: (\d+) ns$', part, re.M)
        out.append((m.group(1), int(ns.group(1)) if ns else None,
                    torture_writes(part, ttype)))
    return out
