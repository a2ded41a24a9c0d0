# SPDX-License-Identifier: GPL-2.0
"""The scenarios of pvrt check, as lists of runs: what each boots, the
script of scripts/ it runs there and its arguments, and the checks on its
log.
"""

import re
from pathlib import Path
from pvrt_kernel import (harness_tool, text_sites)
from pvrt_parser import (has, ktap_problems, ktap_runs, kunit_ok,
                         script_ktap, torture_ok,
                         torture_writes)
from pvrt_judge import END_PAUSED, record
from pvrt_machine import (Inspect, KVM_SELFTESTS, Run,
                          kvm_selftests)


# -- scenarios -------------------------------------------------------------

TORTURE_SECS = 30


def scen_bare_locktorture():
    types = ['spin_lock', 'spin_lock_irq']
    return [Run('bare-locktorture', ('locktorture', TORTURE_SECS, *types),
                timeout=360,
                checks=[has(r'Booting paravirtualized kernel on bare hardware',
                            'paravirt kernel on bare hardware')] +
                [torture_ok(t) for t in types])]


def scen_kvm(name, cpu, banner, smp):
    return [Run(name, ('locktorture', TORTURE_SECS, 'spin_lock'),
                timeout=480,
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
    """pvsites shows the runtime table with every site of the four ops that
    switch, and none of vcpu_is_preempted, the fifth (@kept); or no runtime
    table and every lock-op site in .parainstructions."""
    ops = re.compile(r'^(\w+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+$', re.M)

    def ok(text):
        rows = list(ops.finditer(text))
        if len(rows) != 5 or not all(int(m.group(2)) for m in rows) or \
                rows[4].group(1) != 'vcpu_is_preempted':
            return False
        runtime = [int(m.group(3)) for m in rows]
        absent = re.search(r'^\.parainstructions\.runtime\s+absent$', text,
                           re.M)
        if kept:
            return not absent and \
                runtime == [int(m.group(2)) for m in rows[:4]] + [0]
        return bool(absent) and not any(runtime)
    return ('vmlinux: every site of the four ops that switch in '
            '.parainstructions.runtime, vcpu_is_preempted\'s in '
            '.parainstructions' if kept
            else 'vmlinux: no .parainstructions.runtime, lock-op sites in '
            '.parainstructions', ok)


PHASED = 'paravirt_runtime.engine=phased'
PHASED_LINE = r'paravirt_runtime: lock-op switches use the phased engine'
PHASED_SEEN = has(PHASED_LINE, 'the phased engine switches')


def on_phased(r, checks=None):
    """@r again, with the phased engine doing the switches, and with
    @checks instead of its own if given."""
    return r.replace(name=f'{r.name}-phased',
                     args=f'{r.args} {PHASED}'.strip(),
                     checks=tuple(r.checks if checks is None else checks) +
                     (PHASED_SEEN,))


def scen_runtime_sites():
    """The runtime sites and their generated instructions, checked by the
    paravirt_runtime KUnit suite in a native and in a paravirt guest, with
    the automatic mode's decisions (paravirt_runtime_auto); and the
    runtime table of vmlinux with CONFIG_PARAVIRT_RUNTIME on (guest) and
    off (host)."""
    checks = [kunit_ok('paravirt_runtime', 2),
              kunit_ok('paravirt_runtime_auto', 2), NOT_TRACEABLE]
    return [Run('runtime-sites-native', ('runtime-sites', 'plain'),
                timeout=120,
                checks=checks + [sites_checked('native'), PLAIN_REFUSED] +
                script_ktap(['the module with plain lock-op sites is '
                             'refused'])),
            # No lockdep: about 1700 inline unlock sites.
            Run('runtime-sites-inline', ('runtime-sites', 'torture', 10),
                timeout=180,
                kernel='guest-inline',
                checks=checks + [sites_checked('native'),
                                 has(r"`bogus' invalid for parameter "
                                     r"`nwriters_stress'",
                                     'locktorture said why'),
                                 torture_ok('spin_lock')] +
                script_ktap(['locktorture refuses a bad parameter',
                             'the failed load left no site behind'])),
            Run('runtime-sites-paravirt', ('runtime-sites',), timeout=300,
                kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 4},
                checks=checks + [sites_checked('paravirt')]),
            Inspect('runtime-table-on', 'guest', [runtime_table(True)]),
            Inspect('runtime-table-off', 'host', [runtime_table(False)])]


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
    configs; spin_lock for 60 s in a kernel built with Xen PV support;
    spin_lock with CPU hotplug; and spin_lock while locktorture is loaded
    and unloaded.  Afterwards the KUnit suite checks that every
    site holds the native text again."""
    registered = has(r'pv_selftest: test paravirt lock ops registered',
                     'test paravirt ops registered')
    after = [kunit_ok('paravirt_runtime', 2), sites_checked('native')]

    types = ('switch-stress', 'types', STRESS_SECS, *STRESS_TYPES)
    checks = [registered] + [torture_ok(t) for t in STRESS_TYPES] + \
        [switches_done(300)] + after

    hotplug = ('switch-stress', 'hotplug', STRESS_SECS, 'onoff_interval=1',
               'onoff_holdoff=2')

    loads = 10
    modules = ('switch-stress', 'modules', loads, STRESS_SECS // loads)
    stress = Run('switch-stress', types, timeout=600, checks=checks)
    stress_hotplug = Run('switch-stress-hotplug', hotplug, timeout=300,
                         checks=[registered, torture_ok('spin_lock'),
                                 has(r'CPU \d+ is now offline',
                                     'CPUs went offline, 5 times at least',
                                     5),
                                 switches_done(100)] + after)
    stress_modules = Run('switch-stress-modules', modules, timeout=300,
                         checks=[registered, torture_done('spin_lock', loads),
                                 switches_done(100)] + after)
    return [stress,
            Run('switch-stress-inline', types, timeout=600,
                kernel='guest-inline', checks=checks),
            stress_hotplug,
            # A kernel that can also boot as a Xen PV guest (PARAVIRT_XXL).
            Run('switch-stress-xenpv', ('switch-stress', 'types', STRESS_SECS,
                                        'spin_lock'),
                timeout=300, kernel='guest-xenpv',
                checks=[registered, torture_ok('spin_lock'),
                        switches_done(100)] + after),
            stress_modules,
            phased_stress(stress), phased_stress(stress_hotplug),
            phased_stress(stress_modules)]


def phased_stress(r):
    """The switch-stress run @r on the phased engine, whose switch waits
    for four grace periods: it must make half as many switches."""
    pat = re.compile(r'^at least (\d+) switches')

    def halved(check):
        m = pat.match(check[0])
        return switches_done(int(m[1]) // 2) if m else check
    return on_phased(r, [halved(c) for c in r.checks])


SELFTEST_TESTS = ['switches', 'sites', 'int3_primary', 'int3_others',
                  'nmi_gate', 'load', 'nmi_gate_back_to_back',
                  'nmi_gate_late', 'stop_machine_error', 'nmi_before_gate']


# Its tests on the phased engine, which has no NMI gate and cannot fail
# to stop the machine.
SELFTEST_TESTS_PHASED = ['switches', 'sites', 'int3_writer', 'int3_others',
                         'no_nmi_held', 'load', 'nmi_gate_back_to_back',
                         'nmi_gate_late', 'emulated', 'nmis_at_sites',
                         'tas_refused', 'mixed_pending']


# The longest pv_selftest may go without a line of its own, by its
# kernel's clock: it says how far its switches got every 10 seconds, and a
# nested boot whose console stays silent for SILENCE (pvrt_machine.py) is
# stopped as frozen.
SELFTEST_QUIET = 60
# pv_selftest's own lines: from its first, the engine's, to its last.
SELFTEST_LINE = re.compile(r'^\[\s*(\d+\.\d+)\] (?:(?:# )?pv_selftest: |'
                           r'KTAP version |1\.\.\d|(?:not )?ok \d)', re.M)
SELFTEST_SPAN = re.compile(r'pv_selftest: engine .*?# pv_selftest: \d+ '
                           r'passed.*?$', re.M | re.S)


def selftest_heard(text):
    """The longest time between two lines of pv_selftest, in seconds, or
    None if it did not run to its end."""
    span = SELFTEST_SPAN.search(text)
    if span is None:
        return None
    start = text.rfind('\n', 0, span.start()) + 1
    times = [float(m.group(1))
             for m in SELFTEST_LINE.finditer(text, start, span.end())]
    return max(b - a for a, b in zip(times, times[1:]))


def selftest_ok(tests=None):
    """pv_selftest passed each of its @tests, SELFTEST_TESTS unless
    given, none skipped, reported no failure, and never went quiet for
    longer than SELFTEST_QUIET."""
    tests = tests or SELFTEST_TESTS

    def ok(text):
        runs = [r for r in ktap_runs(text)
                if r.subtests and r.subtests[0].name == tests[0]]
        return len(runs) == 1 and not ktap_problems(runs[0], tests)

    def heard(text):
        quiet = selftest_heard(text)
        return quiet is not None and quiet <= SELFTEST_QUIET
    return [(f'pv_selftest: {", ".join(tests)} ok, none skipped', ok),
            has(rf'# pv_selftest: {len(tests)} passed, 0 failed',
                f'pv_selftest: {len(tests)} passed, 0 failed'),
            (f'pv_selftest printed a line at least every {SELFTEST_QUIET} s',
             heard)]


def scen_pv_selftest():
    """The boot selftest of the switch: on bare QEMU with the test
    paravirt ops, in both guest configs and in one built with Xen PV
    support, and in a KVM guest that booted with PV spinlocks, whose own
    ops it switches."""
    args = 'pv_selftest=100'
    script = ('pv-lock-ops',)
    # panic=-1: the machine resets once the panic is over.
    rebooted = has(rf'(?m)^{re.escape(record("end", END_PAUSED).strip())}$',
                   'the machine rebooted after the panic')
    selftest = Run('pv-selftest', script, timeout=300, args=args,
                   checks=selftest_ok())
    inline = Run('pv-selftest-inline', script, timeout=300, args=args,
                 kernel='guest-inline', checks=selftest_ok())
    kvm = Run('pv-selftest-kvm', script, timeout=480, args=args,
              kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 4},
              checks=[has(r'PV spinlocks enabled', 'guest booted paravirt')] +
              selftest_ok())
    phased = selftest_ok(SELFTEST_TESTS_PHASED)
    return [selftest, inline,
            Run('pv-selftest-xenpv', script, timeout=300, args=args,
                kernel='guest-xenpv', checks=selftest_ok()),
            # A panic in the middle of a switch, while the other CPUs'
            # NMIs wait in the gate, must still stop every other CPU.
            # panic() waits up to a second for its IPI before it sends
            # NMIs; give it time on a loaded machine.
            Run('pv-selftest-panic', script, timeout=120, grace=90,
                args=args + ' pv_selftest_panic', expect='Kernel panic',
                checks=[has(r'pv_selftest: 1 of 4 CPUs still online after '
                            r'the stop',
                            'every other CPU stopped by the panic'),
                        rebooted]),
            # A panic on another CPU while the primary is held, as in a
            # machine check, before it writes the sites' first bytes: the
            # panicking CPU's printk meets sites with INT3 that nobody
            # completes, and must still stop the others and reboot.
            Run('pv-selftest-panic-secondary', script, timeout=120, grace=90,
                args=args + ' pv_selftest_panic=secondary',
                expect='Kernel panic',
                checks=[has(r'Kernel panic - not syncing: pv_selftest: '
                            r'panic on CPU [1-9]',
                            'a CPU other than the primary panicked'),
                        has(r'pv_selftest: 1 of 4 CPUs still online after '
                            r'the stop',
                            'every other CPU stopped by the panic'),
                        rebooted]),
            kvm,
            on_phased(selftest, phased), on_phased(inline, phased),
            on_phased(kvm, kvm.checks[:1] + tuple(phased))]


def round_trip(kernel):
    """The guest switches native -> paravirt -> native; at each step the
    harness saves the guest's kernel text through the QEMU monitor.  In
    paravirt every runtime site must change, those of all four ops that
    switch; in native again every site must be byte-identical to its boot
    text.  The dumps live as long as their boot; what they show goes into
    its log, as step records, which the checks read."""
    def save(tag):
        def act(bed, mon, dumps):
            start, end, sites = text_sites(bed.kernel_dir(kernel))
            path = bed.logs / f'round-trip-{kernel}.{tag}.bin'
            path.unlink(missing_ok=True)
            mon.cmd(f'memsave {start:#x} {end - start} "{path}"')
            if not path.exists():
                return [f'round-trip: text {tag}: memsave failed']
            dumps[tag] = path.read_bytes()
            if tag == 'at boot':
                return [f'round-trip: text {tag}: {len(sites)} sites of '
                        f'{len({op for _, _, op in sites})} ops']
            if 'at boot' not in dumps:
                return [f'round-trip: text {tag}: nothing to compare with']
            diff = [(o, n) for o, n, _ in sites
                    if dumps['at boot'][o:o + n] != dumps[tag][o:o + n]]
            return [f'round-trip: text {tag}: {len(diff)} of {len(sites)} '
                    'sites differ from boot']
        return act

    steps = [(f'pvrt: round-trip: text {t}', save(t))
             for t in ('at boot', 'in paravirt', 'in native')]
    step = "^" + re.escape(record("step", "round-trip: text").strip())
    checks = [has(rf'(?m){step} at boot: [1-9]\d* sites of 4 ops$',
                  'at boot, the sites of the four ops that switch '
                  '(QEMU monitor)'),
              ('in paravirt, every site of the four ops differs from boot '
               '(QEMU monitor)', lambda text: bool(re.search(
                   rf'(?m){step} in paravirt: (\d+) of \1 sites differ from '
                   'boot$', text))),
              has(rf'(?m){step} in native: 0 of [1-9]\d* sites differ from '
                  'boot$',
                  'in native again, every site is byte-identical to boot '
                  '(QEMU monitor)'),
              has('(?m)^mode: paravirt$', 'guest reported paravirt'),
              has('(?m)^mode: native$', 'guest reported native')]
    return Run(f'round-trip-{kernel}', ('round-trip',), timeout=300,
               kernel=kernel, steps=steps, checks=checks)


# __START_KERNEL_map.  The guest kernels are not relocatable (no
# CONFIG_RELOCATABLE, so no KASLR either): their text is at its link
# address less this in guest-physical memory.
START_KERNEL_MAP = 0xffffffff80000000

# The dumps of a kvm_round_trip() run, as GUEST-STEP and the mode: the
# first guest boots paravirt, the second native, and each switches to the
# other mode and back.
KVM_ROUND_TRIP = [('1-0', 'paravirt'), ('1-1', 'native'), ('1-2', 'paravirt'),
                  ('2-0', 'native'), ('2-1', 'paravirt'), ('2-2', 'native')]
KVM_ROUND_TRIP_PROBLEMS = ('dumps', 'paravirt', 'native', 'modes')

# What sitebytes prints, and the host the same way for its list of sites:
# numbered lines of words, then a count.
SITES_LINE = re.compile(r'^pvrt: sites (\S+) (\d+):((?: \S+)+)$')
SITES_END = re.compile(r'^pvrt: sites (\S+): (\d+) sites, (\d+) bytes$')
SITE_BYTES = re.compile(r'^(?:[0-9a-f]{2})+$')
SITE_ENTRY = re.compile(r'^(0x[0-9a-f]+)/(\d+)/(\d+)$')


def site_lines(text):
    """{tag: ([words], bytes)} of each report of sites that was printed in
    full on a console: its lines numbered in order, with as many words as
    its last line counts sites.  A tag printed twice has no report."""
    words, full, bad = {}, {}, set()
    for ln in text.splitlines():
        ln = ln.rstrip()
        m = SITES_LINE.match(ln)
        if m:
            tag = m.group(1)
            got = words.setdefault(tag, [])
            if int(m.group(2)) != len(got) or tag in full:
                bad.add(tag)
            got += m.group(3).split()
            continue
        m = SITES_END.match(ln)
        if m:
            tag = m.group(1)
            got = words.get(tag, [])
            if tag in full or int(m.group(2)) != len(got):
                bad.add(tag)
            full[tag] = (got, int(m.group(3)))
    return {t: got for t, got in full.items() if t not in bad}


def site_list(text):
    """[(offset, length, op)] of the sites that the host listed in full,
    or None."""
    got = site_lines(text).get('list')
    if got is None:
        return None
    entries = [SITE_ENTRY.match(w) for w in got[0]]
    if not all(entries):
        return None
    sites = [(int(m.group(1), 16), int(m.group(2)), int(m.group(3)))
             for m in entries]
    return sites if sum(n for _, n, _ in sites) == got[1] else None


def site_dumps(text):
    """{tag: [the bytes of each site]} of each dump that sitebytes printed
    in full on a console."""
    dumps = {}
    for tag, (words, nbytes) in site_lines(text).items():
        if tag != 'list' and all(SITE_BYTES.match(w) for w in words):
            got = [bytes.fromhex(w) for w in words]
            if sum(len(b) for b in got) == nbytes:
                dumps[tag] = got
    return dumps


GUEST_TEXT = re.compile(r'^pvrt: guest (\d): kernel code at ([0-9a-f]+)-'
                        r'([0-9a-f]+), text saved from (\d+), (\d+) bytes$',
                        re.M)


def text_saved(text):
    """The host said for each guest, first and second, that it saves its
    kernel text from within the guest's kernel code up to its end, as the
    guest gave it from /proc/iomem."""
    seen = [(int(g), int(a, 16), int(b, 16), int(p), int(n))
            for g, a, b, p, n in GUEST_TEXT.findall(text)]
    return [g for g, *_ in seen] == [1, 2] and \
        all(a <= p and p + n - 1 == b for _, a, b, p, n in seen)


def kvm_round_trip_problems(text):
    """What is wrong on the host's console @text of a kvm_round_trip()
    run, against the list of sites that the host printed: {'dumps': the
    list is missing or does not hold the sites of four ops, or a dump is
    missing or does not hold each site of the list; 'paravirt': a site
    differs between two dumps in paravirt; 'native': the same in native;
    'modes': a site is the same in both modes, or is not a CALL in
    paravirt}, each a list of lines, all empty if nothing is wrong."""
    out = {k: [] for k in KVM_ROUND_TRIP_PROBLEMS}
    sites = site_list(text)
    ops = {op for _, _, op in sites or []}
    if sites is None:
        out['dumps'].append('no list of sites')
    elif len(ops) != 4:
        out['dumps'].append(f'{len(sites)} sites of {len(ops)} ops, not 4')
    sites = sites or []
    found = site_dumps(text)
    dumps = {}
    for step, mode in KVM_ROUND_TRIP:
        tag = f'{step}-{mode}'
        if tag not in found:
            out['dumps'].append(f'no dump {tag}')
        elif [len(b) for b in found[tag]] != [n for _, n, _ in sites]:
            out['dumps'].append(f'dump {tag}: {len(found[tag])} sites, not '
                                f'the {len(sites)} of the list')
        else:
            dumps[tag] = found[tag]
    if out['dumps']:
        return out
    booted = {mode: dumps[f'{step}-{mode}'] for step, mode in KVM_ROUND_TRIP
              if step.endswith('-0')}
    for tag, got in dumps.items():
        mode = tag.split('-')[2]
        out[mode] += [f'{tag}: site {i} at +{o:#x}, op {op}: {b.hex()}, '
                      f'booted {mode}: {booted[mode][i].hex()}'
                      for i, ((o, _, op), b) in enumerate(zip(sites, got))
                      if b != booted[mode][i]]
    for i, ((o, _, op), pv, native) in enumerate(
            zip(sites, booted['paravirt'], booted['native'])):
        if pv == native or pv[0] != 0xe8:
            out['modes'].append(f'site {i} at +{o:#x}, op {op}: paravirt '
                                f'{pv.hex()}, native {native.hex()}')
    return out


def kvm_round_trip_checks():
    """The checks of the host's console in a kvm_round_trip() run."""
    def check(what):
        def ok(text):
            found = kvm_round_trip_problems(text)
            return not found['dumps'] and not found[what]
        return ok
    return [('the host saved each guest\'s text from its kernel code, as '
             '/proc/iomem gives it', text_saved),
            ('the host listed the runtime sites of the four ops, saved the '
             'kernel text 6 times (QMP pmemsave) and printed every site',
             check('dumps')),
            ('every site booted paravirt is byte-identical booted native '
             'and switched to paravirt, and switched back', check('paravirt')),
            ('every site booted native is byte-identical booted paravirt '
             'and switched to native, and switched back', check('native')),
            ('every site differs between the modes, and is a CALL in '
             'paravirt', check('modes'))]


KVM_ROUND_TRIP_MODES = [('booted', 'paravirt'), ('switched to', 'native'),
                        ('switched to', 'paravirt'), ('switched to', 'native'),
                        ('booted', 'native'), ('switched to', 'paravirt'),
                        ('switched to', 'native'),
                        ('switched to', 'paravirt')]


def kvm_round_trip(kernel):
    """Two guests of @kernel, under KVM in one boot of the host: the first
    boots paravirt, the second native (KVM_HINTS_REALTIME), and the host
    switches each to the other mode, back, and to the other once more,
    with the hint.  At each step but the last, it saves the guest's kernel
    text through QMP and prints the bytes at each runtime site, from the
    list that pvrt gives it and that it prints too: in each mode, every
    site must be byte-identical to the one booted in that mode."""
    name = f'round-trip-kvm-{kernel}'

    def files(bed):
        """/guest/text, the guest-physical address and size of the
        guest's kernel text, and /guest/sites, the offset, length and op
        of each runtime site in it, from vmlinux."""
        start, end, sites = text_sites(bed.kernel_dir(kernel))
        text, lst = (bed.logs / f'{name}.{f}' for f in ('text', 'sites'))
        text.write_text(f'{start - START_KERNEL_MAP} {end - start}\n')
        lst.write_text(''.join(f'{o:#x} {n} {op}\n' for o, n, op in sites))
        return [('/guest/text', text), ('/guest/sites', lst)]

    def booted(text):
        return re.findall(r'kvm-guest: PV spinlocks (enabled|disabled with '
                          r'KVM_HINTS_REALTIME hints)$', text, re.M) == \
            ['enabled', 'disabled with KVM_HINTS_REALTIME hints']

    def modes(text):
        return re.findall(r'^pvrt: round-trip: (booted|switched to) '
                          r'(\w+)\b', text, re.M) == KVM_ROUND_TRIP_MODES

    return Run(name, ('round-trip-kvm', 3), timeout=600, kernel='host', smp=2,
               nested={'cpu': GUEST_CPU, 'smp': 2, 'kernel': kernel,
                       'driver': ('round-trip-kvm-host', HINTS_CPU),
                       'host_files': files},
               checks=[('the first guest booted paravirt, the second native '
                        '(KVM_HINTS_REALTIME)', booted),
                       ('the guests went paravirt, native, paravirt, native '
                        'and native, paravirt, native, paravirt', modes),
                       has(r'(?m)^pvrt: scenario finished rc=0$',
                           'both guests finished their script', 2),
                       has(r'(?m)^pvrt: guest QEMU exited with status 0$',
                           'both guests\' QEMU exited with status 0', 2)],
               host_checks=kvm_round_trip_checks())


def scen_round_trip():
    """native -> paravirt -> native leaves every site of vmlinux as it
    booted, as read from outside the guest; and under KVM, every site of a
    guest switched to a mode is byte-identical to that of a guest booted
    in it."""
    two_guests = kvm_round_trip('guest')
    return [round_trip('guest'), round_trip('guest-inline'),
            two_guests, kvm_round_trip('guest-inline'),
            on_phased(round_trip('guest')),
            on_phased(round_trip('guest-inline')),
            on_phased(two_guests, two_guests.checks +
                      (has(PHASED_LINE, 'both guests switch with the '
                           'phased engine', 2),))]


# The results of scripts/bad-input.sh's KTAP report.
BAD_INPUT_RESULTS = [
    'rejects an unknown word', 'rejects a longer word', 'rejects two words',
    'rejects a 4096-byte write', 'rejects a write by nobody',
    'rejects auto without a steal clock',
    'state unchanged after rejected writes',
    'writing the mode in use is a no-op', 'every concurrent write succeeded']


def scen_bad_input():
    """The debugfs switch rejects bad words, long writes and non-root
    writers, and changes nothing then; writing the mode in use does
    nothing; concurrent writers are serialised, which the KUnit suite
    confirms by finding every site native after they all end native.  An
    unknown engine is refused, and the default kept; so is a bad value of
    the automatic mode, which without a steal clock is refused too."""
    checks = script_ktap(BAD_INPUT_RESULTS)
    checks += [switches_done(2), kunit_ok('paravirt_runtime', 2),
               sites_checked('native'),
               has(r'kvm_pvspin_alt=bogus: not one of none, hint-wait, tas',
                   'kvm_pvspin_alt=bogus refused'),
               has(r'paravirt_runtime\.engine=bogus: no such engine, '
                   r'keeping stop_machine',
                   'paravirt_runtime.engine=bogus refused'),
               has(r'(?m)^engine: stop_machine$',
                   'the switches used the stop_machine engine'),
               has(r'paravirt_runtime\.auto=bogus: neither on nor off, '
                   r'keeping off', 'paravirt_runtime.auto=bogus refused'),
               has(r'(?m)^auto: off$', 'the automatic mode stayed off')]
    return [Run('bad-input', ('bad-input',), timeout=300,
                args='kvm_pvspin_alt=bogus paravirt_runtime.engine=bogus '
                'paravirt_runtime.auto=bogus',
                checks=checks)]


# -- dynamic hints ------------------------------------------------------

# QEMU has no name for KVM_FEATURE_STEAL_TIME_HINTS: the VMM shim that it
# runs under in a nested host offers it (scripts/lib.sh, guest_qemu), so
# the CPU model stays migratable.
HINTS_CPU = GUEST_CPU + ',kvm-hint-dedicated=on'
HINT_FLIPS = 20       # round trips of KVM_HINTS_REALTIME
HINT_BOUND = 5.0      # seconds from a hint change to the guest's new mode

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
    pat = re.compile(r'^kvm hint changes: \d+ seen, (\d+) handled$', re.M)
    return (f'guest handled at least {least} hint changes',
            lambda text: any(int(v) >= least for v in pat.findall(text)))


def scen_kvm_dynamic_hints():
    """The guest boots native with KVM_HINTS_REALTIME under locktorture;
    the host clears and sets the hint through the VMM shim in the guest's
    QEMU, and the guest follows each time, as its own debugfs file
    shows; with either engine."""
    hints = Run('kvm-dynamic-hints', ('kvm-dynamic-hints', 2 * HINT_FLIPS),
                timeout=900, kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 4,
                        'driver': ('kvm-dynamic-hints-host', HINT_FLIPS)},
                checks=[has('kvm-guest: PV spinlocks disabled with '
                            'KVM_HINTS_REALTIME hints',
                            'guest booted native (REALTIME)'),
                        guest_modes(HINT_FLIPS),
                        handled_at_least(2 * HINT_FLIPS),
                        has(r'(?m)^kvm hint last handled: [1-9]\d* ns after '
                            r'it was seen$',
                            'guest timed its last hint change'),
                        torture_ok('spin_lock')],
                host_checks=[flips_within(HINT_FLIPS, HINT_BOUND),
                             has(rf'(?m)^changes: {2 * HINT_FLIPS}$',
                                 f'the VM counted {2 * HINT_FLIPS} changes'),
                             has(r'(?m)^vcpus with the last change: 4 of 4$',
                                 'every vCPU got the last change')])
    return [hints, on_phased(hints)]


# The automatic mode, nested: the host's CPU hogs per CPU in each phase of
# AUTO_SECS, and the bounds the guest must follow them within: to
# paravirt within AUTO_ENTER_BOUND s of the load's start (the 1.8 s of
# busy samples in the 2 s enter window, a switch, and the reports, which
# come every 1 to 3 s in this nested guest), to native within
# AUTO_LEAVE_BOUND s of its end (until the busy samples of the load and
# of its aftermath cover less than half of the 10 s leave window, a
# switch, and the reports).
AUTO = 'paravirt_runtime.auto=on'
AUTO_SECS = 40
AUTO_PHASES = (0, 1, 0)
AUTO_ENTER_BOUND = 7.0
AUTO_LEAVE_BOUND = 20.0
AUTO_PHASE = re.compile(r'^pvrt: phase (\d+): (\d+ hogs per CPU|vCPUs packed '
                        r'on CPU 0) from guest time ([\d.]+)$', re.M)
AUTO_MODE = re.compile(r'^pvrt: guest mode (\w+) at guest time ([\d.]+)$',
                       re.M)


def load_name(load):
    """What auto-phases-host.sh calls a phase's @load: a number of CPU
    hogs per host CPU, or 'packed', the guest's vCPUs on one host CPU."""
    return 'vCPUs packed on CPU 0' if load == 'packed' else \
        f'{load} hogs per CPU'


AUTO_BEFORE = re.compile(r'^pvrt: switches before the phases: (\d+)$', re.M)
AUTO_MADE = re.compile(r'^auto samples: \d+, \d+ ns each on average; '
                       r'switches: (\d+) made, 0 failed', re.M)


def auto_switches(n):
    """The check that the automatic mode made @n switches, none failed,
    from the guest's report of those made before the phases to its last
    report of them."""
    def ok(text):
        before, made = AUTO_BEFORE.findall(text), AUTO_MADE.findall(text)
        return len(before) == 1 and bool(made) and \
            int(made[-1]) - int(before[0]) == n
    return (f'{n} switches made by the automatic mode in the phases', ok)


def auto_timeline(text):
    """([(load, guest time)] of each phase, the load as auto-phases-host.sh
    took it, [(mode, guest time)] of each mode the guest reported, the
    first one included) of the host's console in auto-phases."""
    return ([('packed' if d.startswith('vCPUs') else int(d.split()[0]),
              float(t)) for _, d, t in AUTO_PHASE.findall(text)],
            [(m, float(t)) for m, t in AUTO_MODE.findall(text)])


def auto_followed(hogs, enter=AUTO_ENTER_BOUND, leave=AUTO_LEAVE_BOUND):
    """The guest began native and followed each phase of @hogs, loads of
    auto-phases-host.sh: no change of mode in a phase that is loaded (any
    load but 0) as the one before is (or in the first), else one change,
    to paravirt within @enter s of a load's start, to native within
    @leave s of its end."""
    def ok(text):
        phases, modes = auto_timeline(text)
        if [h for h, _ in phases] != list(hogs) or not modes or \
                modes[0][0] != 'native':
            return False
        ends = [t for _, t in phases[1:]] + [float('inf')]
        for k, ((h, start), end) in enumerate(zip(phases, ends)):
            inside = [(m, t) for m, t in modes[1:] if start <= t < end]
            loaded = h != 0
            if k == 0 or loaded == (phases[k - 1][0] != 0):
                if inside:
                    return False
                continue
            want, bound = ('paravirt', enter) if loaded else \
                ('native', leave)
            if len(inside) != 1 or inside[0][0] != want or \
                    inside[0][1] - start > bound:
                return False
        # Every change of mode falls in some phase.
        return not [t for _, t in modes[1:] if t < phases[0][1]]
    return (f'guest native, then followed the hogs {"/".join(map(str, hogs))}'
            f': one switch per change of load, to paravirt within {enter:.0f}'
            f' s, to native within {leave:.0f} s, none in a steady phase',
            ok)


def auto_deferred(text):
    """The guest stayed native, and its automatic mode decided on a switch
    and left it to the host."""
    _, modes = auto_timeline(text)
    return bool(modes) and all(m == 'native' for m, _ in modes)


def scen_auto():
    """The automatic mode in a guest of 2 vCPUs on the host's 2, booted
    native (KVM_HINTS_REALTIME) under locktorture, while the host runs
    CPU hogs pinned to its CPUs in phases of AUTO_SECS: none, one per CPU,
    none.  Without KVM_FEATURE_STEAL_TIME_HINTS, the guest must follow
    the load from its steal time alone; with it, it must defer to the
    host's hint, which stays as it booted."""
    def run(name, phases, feature, checks, host_checks):
        return Run(name, ('auto-phases', len(phases) * AUTO_SECS + 30),
                   timeout=len(phases) * AUTO_SECS + 600, kernel='host',
                   smp=2, args=AUTO,
                   nested={'cpu': HINTS_CPU, 'smp': 2,
                           'hints_feature': feature,
                           'driver': ('auto-phases-host', AUTO_SECS,
                                      *phases)},
                   checks=[torture_ok('spin_lock'),
                           has(r'(?m)^auto: on\b', 'auto mode on from boot')]
                   + checks,
                   host_checks=host_checks)
    follow = run('auto-phases', AUTO_PHASES, False,
                 [auto_switches(2),
                  has(r'(?m)^kvm hint changes: not offered by the host$',
                      'no dynamic hints offered')],
                 [auto_followed(AUTO_PHASES)])
    defer = run('auto-phases-hinted', AUTO_PHASES[:2], True,
                [has(r'(?m)^auto: on, deferring to the host\'s '
                     r'KVM_HINTS_REALTIME$', 'auto mode defers to the host'),
                 has(r'(?m)^auto samples: \d+, \d+ ns each on average; '
                     r'switches: 0 made, 0 failed, '
                     r'\d+ held back by the interval, [1-9]\d* deferred;',
                     'it decided on a switch and left it to the host')],
                [('the guest stayed native', auto_deferred)])
    return [follow, defer]


DAMPING_FLIPS = 10     # round trips of the hint in a row
DAMPING_INTERVAL = 1.0  # seconds between switches, KVM_HINTS_INTERVAL_MS
DAMPING_SWITCH = re.compile(r'^pvrt: switch to (\w+) at ([\d.]+)$', re.M)
DAMPING_SLACK = 0.05    # seconds: see damped()


def damped(text):
    """The guest's switches, as its kernel logged them right after each:
    one for each switch that its debugfs file counts at the end, paravirt
    first (the retried one), then each to the other mode, native last,
    and each at least the interval after the one before.  The next switch
    can start a tick less than the interval after the end of the one
    before, and a message come late when the host preempts the vCPU that
    logs it: DAMPING_SLACK allows for both.  A nested switch takes 100 ms
    or more, which each gap also holds."""
    switches = [(m.group(1), float(m.group(2)))
                for m in DAMPING_SWITCH.finditer(text)]
    counted = re.findall(r'(?m)^switches: (\d+)$', text)
    modes = [m for m, _ in switches]
    gaps = [b[1] - a[1] for a, b in zip(switches, switches[1:])]
    return len(switches) >= 2 and counted[-1:] == [str(len(switches))] and \
        modes[0] == 'paravirt' and modes[-1] == 'native' and \
        all(a != b for a, b in zip(modes, modes[1:])) and \
        min(gaps) >= DAMPING_INTERVAL - DAMPING_SLACK


def scen_kvm_hints_damping():
    """The guest follows the hint although its first switch fails, and
    switches at most once a second while the host changes the hint every
    0.1 s."""
    return [Run('kvm-hints-damping', ('kvm-hints-damping',), timeout=900,
                kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 4,
                        'driver': ('kvm-hints-damping-host', DAMPING_FLIPS)},
                checks=[has('kvm-guest: PV spinlocks disabled with '
                            'KVM_HINTS_REALTIME hints',
                            'guest booted native (REALTIME)'),
                        has(r'cannot switch the lock ops \(-12\), PV '
                            r'spinlocks still disabled with '
                            r'KVM_HINTS_REALTIME hints; trying again in '
                            r'100 ms', 'the failed switch was retried'),
                        has(r'(?m)^kvm hint retries: [1-9]\d*,',
                            'debugfs counted the retry'),
                        ('the kernel logged every switch: paravirt after '
                         'the retry, native at the end, each at least '
                         f'{DAMPING_INTERVAL:.0f} s after the one before',
                         damped),
                        has(r'(?m)^kvm hint switches: at least 1000 ms '
                            r'apart, [1-9]\d* deferred$',
                            'debugfs counted deferred switches'),
                        torture_ok('spin_lock')],
                host_checks=[has(rf'pvrt: {2 * DAMPING_FLIPS + 1} hint '
                                 r'changes from',
                                 'the host changed the hint '
                                 f'{2 * DAMPING_FLIPS + 1} times')])]


MIGRATE_CPUS = 2        # the guest's vCPUs, one per host vCPU


def scen_kvm_migrate():
    """The guest, booted native with KVM_HINTS_REALTIME under locktorture,
    goes paravirt when the host clears the hint, and migrates with QEMU's
    own migration to a second QEMU in the same host, whose console
    carries on the guest's.  With carry, the destination gets the
    source's hints first, as a VMM that knows the uAPI passes them: the
    guest keeps its mode across the migration, and then follows the
    destination's changes.  With revert, the destination passes none:
    the guest follows its CPUID there, back to native."""
    booted = has('kvm-guest: PV spinlocks disabled with KVM_HINTS_REALTIME '
                 'hints', 'guest booted native (REALTIME)')
    migrated = [has(r'(?m)^pvrt: migration completed from ',
                    'QEMU migrated the guest'),
                has(r'(?m)^pvrt: source QEMU exited with status 0$',
                    'the source QEMU exited with status 0')]

    def modes(want):
        return (f'guest debugfs mode: {", ".join(want)}',
                lambda text: re.findall(r'^pvrt: mode (\w+)$', text,
                                        re.M) == want)

    def run(how, want, checks, host_checks):
        return Run(f'kvm-migrate-{how}',
                   ('kvm-dynamic-hints', len(want) - 1), timeout=900,
                   kernel='host', smp=2,
                   nested={'cpu': HINTS_CPU, 'smp': MIGRATE_CPUS,
                           'driver': ('kvm-migrate-host', how)},
                   checks=[booted, modes(want), torture_ok('spin_lock')] +
                   checks,
                   host_checks=migrated + host_checks)

    return [run('carry', ['native', 'paravirt', 'native', 'paravirt'],
                [handled_at_least(3)],
                [has(r'(?m)^pvrt: the guest kept its mode for 5 s after '
                     r'the migration$',
                     'the guest stayed paravirt across the migration'),
                 has(r'(?m)^hints: 0x0\nchanges: 3$',
                     'the destination made 3 changes, the carried hints '
                     'first, and ended with the hint clear'),
                 has(rf'(?m)^vcpus with the last change: {MIGRATE_CPUS} '
                     rf'of {MIGRATE_CPUS}$',
                     'every vCPU got the destination\'s last change')]),
            run('revert', ['native', 'paravirt', 'native'], [],
                [has(r'(?m)^pvrt: native from ',
                     'the guest went native on the destination'),
                 has(r'(?m)^hints: those of CPUID\nchanges: 0$',
                     'the destination set no hints')])]


HINT_PHASE = re.compile(r'^pvrt: phase mode: (\w+), (\d) vCPUs$', re.M)


def hint_phase_results(text):
    """(mode, vCPUs, locktorture writes) of each phase of
    hint_phases_run()."""
    marks = list(HINT_PHASE.finditer(text))
    return [(m.group(1), int(m.group(2)),
             torture_writes(text[m.start():marks[k + 1].start()
                                 if k + 1 < len(marks) else len(text)],
                            'spin_lock'))
            for k, m in enumerate(marks)]


def hint_phases_run(name, phases, secs):
    """locktorture phases of @secs in a guest of 4 vCPUs.  Each phase is
    (vCPUs online, hints): the guest brings that many vCPUs online, asks
    the host for the hints and waits until its mode follows them, then
    runs locktorture with a writer per vCPU."""
    return Run(name, ('hint-phases', secs,
                      *(f'{cpus}:{hints}' for cpus, hints in phases)),
               timeout=len(phases) * (secs + 120) + 300, kernel='host', smp=2,
               nested={'cpu': HINTS_CPU, 'smp': 4,
                       'driver': ('hint-phases-host', secs,
                                  *(hints for _, hints in phases))},
               checks=[torture_ok('spin_lock')])


def modes_run(name, cpu, args, phases, secs, reps, script=(), checks=()):
    """The workloads of bench-modes.sh in a guest-inline guest of 4 vCPUs,
    booted with CPU model @cpu and kernel arguments @args.  Each phase is
    (vCPUs online, hints): the guest brings that many vCPUs online, asks
    the host for the hints and waits until it has handled them, then runs
    each workload @reps times for @secs.  @script, (name, argument...),
    runs first, in the guest script's place, and ends by running it."""
    wait = reps * 3 * (secs + 30)
    return Run(name, (*(script or ('bench-modes',)), secs, reps,
                      *(f'{c}:{h}' for c, h in phases)),
               timeout=300 + len(phases) * wait, kernel='host', smp=2,
               args=args, checks=checks,
               files=lambda bed: [('/bin/pvload',
                                   harness_tool(bed, 'pvload'))],
               nested={'cpu': cpu, 'smp': 4, 'kernel': 'guest-inline',
                       'driver': ('hint-phases-host', wait,
                                  *(h for _, h in phases))})


def scen_kvm_pvspin_alt():
    """Each kvm_pvspin_alt boots its spinlock, keeps it as the host sets
    and clears the hint while the guest follows the hint, refuses a switch
    through debugfs, and runs the workloads of pvrt bench."""
    runs = []
    for alt, mode, other, boot in (
            ('hint-wait', 'paravirt', 'native', 'enabled'),
            ('tas', 'native', 'paravirt',
             'disabled, test-and-set forced by "kvm_pvspin_alt=tas"')):
        checks = [has(f'kvm_pvspin_alt={alt}: the lock ops never switch'),
                  has(re.escape(f'kvm-guest: PV spinlocks {boot}'),
                      f'kvm-guest: PV spinlocks {boot}'),
                  has(f'pvrt: phase {mode} {alt}, 2 vCPUs, hints 1'),
                  has(f'pvrt: phase {mode} {alt}, 4 vCPUs, hints 0'),
                  torture_ok('spin_lock'), torture_ok('rw_lock'),
                  has(r'pvload: msg 4 pairs: [1-9]\d* round trips',
                      'pvload msg passed bytes with 4 pairs')] + \
            script_ktap([f'a switch to {other} is refused'])
        runs.append(modes_run(f'kvm-pvspin-alt-{alt}', HINTS_CPU,
                              f'kvm_pvspin_alt={alt}', [(2, 1), (4, 0)], 2, 1,
                              ('pvspin-alt', other), checks))
    return runs


# The guest's CPUID leaf KVM_CPUID_FEATURES, eax to edx, as kvm_cpuid in
# scripts/lib.sh prints it.
KVM_CPUID_LINE = re.compile(r'^pvrt: cpuid 0x40000001: '
                            r'([0-9a-f]{8}(?: [0-9a-f]{8}){3})\s*$', re.M)
KVM_FEATURE_STEAL_TIME = 5
KVM_FEATURE_STEAL_TIME_HINTS = 23


def kvm_cpuid_leaves(text):
    """[(eax, ebx, ecx, edx)] of each KVM_CPUID_FEATURES leaf the guest
    printed."""
    return [tuple(int(w, 16) for w in m.split())
            for m in KVM_CPUID_LINE.findall(text)]


def steal_time_hints_offered(offered, reads=1):
    """The guest read KVM_CPUID_FEATURES @reads times, each the same, with
    KVM_HINTS_REALTIME in edx as the VMM set it, and with
    KVM_FEATURE_STEAL_TIME_HINTS in eax if @offered, without it if not."""
    def ok(text):
        leaves = kvm_cpuid_leaves(text)
        if len(leaves) != reads or len(set(leaves)) != 1:
            return False
        eax, _, _, edx = leaves[0]
        has_hints = bool(eax & 1 << KVM_FEATURE_STEAL_TIME_HINTS)
        return bool(edx & 1) and bool(eax & 1 << KVM_FEATURE_STEAL_TIME) \
            and has_hints == offered
    return (f'KVM_CPUID_FEATURES read {reads} times, '
            f'{"the same, " if reads > 1 else ""}KVM_HINTS_REALTIME set, '
            f'KVM_FEATURE_STEAL_TIME_HINTS {"" if offered else "not "}'
            'offered', ok)


def last_hint_record(want):
    """The last read of the guest's debugfs file showed its steal-time
    record with @want, 'hints H, sequence N'."""
    pat = re.compile(r'^kvm hint record: (.*?)\s*$', re.M)
    return (f'kvm hint record at the end: {want}',
            lambda text: pat.findall(text)[-1:] == [want])


def mode_never_changed(mode):
    """The guest saw only @mode, its boot mode, in debugfs, its kernel
    logged no hint change, and debugfs counts no switch at the end."""
    def ok(text):
        switches = re.findall(r'^switches: (\d+)$', text, re.M)
        return re.findall(r'^pvrt: mode (\w+)$', text, re.M) == [mode] and \
            not re.search(r'kvm-guest: hints 0x', text) and \
            switches[-1:] == ['0']
    return (f'the guest stayed {mode}, no switch and no hint change logged',
            ok)


NO_FEATURE_FLIPS = 10   # round trips of the hint
NO_FEATURE_SECS = 30    # how long the guest watches its mode


def scen_kvm_no_feature():
    """Our guest kernel under a VMM that does not offer
    KVM_FEATURE_STEAL_TIME_HINTS: its CPUID never changes and lacks the
    feature, KVM writes no hints into its steal-time record, and it keeps
    the mode it booted with while the hint changes under it."""
    return [Run('kvm-no-feature', ('kvm-no-feature', NO_FEATURE_SECS),
                timeout=600, kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 2, 'kernel': 'guest',
                        'hints_feature': False,
                        'driver': ('kvm-no-feature-host', NO_FEATURE_FLIPS)},
                checks=[has('kvm-guest: PV spinlocks disabled with '
                            'KVM_HINTS_REALTIME hints',
                            'guest booted native (REALTIME)'),
                        steal_time_hints_offered(False, 2),
                        last_hint_record('hints 0x0, sequence 0'),
                        has(r'(?m)^kvm hint changes: not offered by the '
                            r'host$', 'the guest knows the host does not '
                            'offer hint changes'),
                        mode_never_changed('native'),
                        torture_ok('spin_lock')],
                host_checks=[has(rf'(?m)^pvrt: {2 * NO_FEATURE_FLIPS} hint '
                                 r'changes made$',
                                 f'the host made {2 * NO_FEATURE_FLIPS} '
                                 'changes while the guest watched'),
                             has(rf'(?m)^changes: {2 * NO_FEATURE_FLIPS}$',
                                 f'the VM counted {2 * NO_FEATURE_FLIPS} '
                                 'changes'),
                             has(r'(?m)^vcpus with the last change: 0 of 2$',
                                 'no vCPU got a change')])]


# The results of scripts/vmm-control-host.sh's KTAP report.
VMM_CONTROL_RESULTS = [
    'no KVM VM yet', 'no socket', 'a hint that cannot change', 'a bad value',
    'an unknown hint', 'an unknown command', 'set without hints',
    'get with hints', 'no command', 'get before any set', 'set realtime=0',
    'get after set', 'set realtime=1', 'clear', 'get after clear',
    'EIO for another process', 'debugfs pv_hints is read-only']


def scen_vmm_control():
    """pvrt-vmm, with which the nested scenarios change the hints through
    the VMM shim in the guest's QEMU: every case where it must refuse, with
    its message and exit status, then get, set and clear; a process other
    than QEMU cannot call the ioctls on its VM; and QEMU offers the guest
    KVM_FEATURE_STEAL_TIME_HINTS."""
    return [Run('vmm-control', ('vmm-control',), timeout=300,
                kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 1, 'kernel': 'host',
                        'driver': ('vmm-control-host',)},
                checks=[steal_time_hints_offered(True)],
                host_checks=script_ktap(VMM_CONTROL_RESULTS) + [
                    has(r'(?m)^hints: those of CPUID\nchanges: 3$',
                        'three changes: set, set and clear')])]


def scen_kvm_pv_hints_selftest():
    """The KVM selftest of the hint uAPI, and cpuid_test, which must still
    pass, in the host kernel under TCG."""
    return [Run('kvm-pv-hints-selftest', ('kvm-selftests', *KVM_SELFTESTS),
                timeout=300, kernel='host', smp=2, files=kvm_selftests,
                checks=[has(r'# Totals: pass:12 fail:0 xfail:0 xpass:0 '
                            r'skip:0 error:0', 'pv_hints_test: 12 passed')] +
                [has(f'pvrt: {t} exited 0', f'{t} exited 0')
                 for t in KVM_SELFTESTS])]


def kvm_selftests_run(tests, secs):
    """A boot of the host kernel under TCG that runs the KVM selftests
    @tests, [(path in the initramfs, binary)], each for at most @secs."""
    return Run('kvm-selftests', ('kvm-selftests', '-t', secs,
                                 *(Path(path).name for path, _ in tests)),
               timeout=len(tests) * secs + 300, kernel='host', smp=2,
               files=tests, mem=2048)


KVM_SELFTEST_RESULT = re.compile(r'^pvrt: (\S+) exited (.*?)\s*$', re.M)


def kvm_selftest_results(text):
    """{test: 'pass', 'skip', 'killed after Ns' or 'exit status N'} from
    the console of a kvm_selftests_run()."""
    named = {'0': 'pass', '4': 'skip'}
    return {t: named.get(rc, rc if rc.startswith('killed')
                         else f'exit status {rc}')
            for t, rc in KVM_SELFTEST_RESULT.findall(text)}


def catch(what, *args):
    """The script that provokes the failure @what."""
    return ('harness-catches', what, *args)


def scen_harness_catches():
    """Runs that must each be classified as failed, for the right reason."""
    quick = 'watchdog_thresh=2'
    return [
        Run('catch-warning', catch('lkdtm', 'WARNING'), 120,
            expect='WARNING'),
        Run('catch-bug', catch('lkdtm', 'EXCEPTION'), 120, expect='BUG'),
        Run('catch-lockdep', catch('lkdtm', 'SPINLOCKUP'), 120,
            expect='lockdep'),
        Run('catch-softlockup', catch('lkdtm', 'SOFTLOCKUP'), 120,
            args=quick, expect='soft lockup'),
        Run('catch-rcu-stall', catch('rcu-stall'), 120,
            args='nowatchdog rcupdate.rcu_cpu_stall_timeout=3',
            expect='RCU stall'),
        Run('catch-panic', catch('lkdtm', 'PANIC'), 120,
            expect='Kernel panic'),
        Run('catch-torture-fail', catch('torture', 5), 120,
            expect='locktorture Fail'),
        Run('catch-exit-status', catch('exit'), 120,
            expect='scenario exited 3'),
        Run('catch-timeout', catch('hang'), 60, expect='timeout after 60s'),
        # A die() header whose name is in no other pattern.
        Run('catch-die', catch('die'), 120, expect='Oops'),
        # Every CPU spins with interrupts off: no lockup detector can
        # speak under TCG, so only the monitor can tell where they are.
        Run('catch-freeze', catch('freeze'), 60,
            expect='timeout after 60s',
            stuck=(r'RIP \w+ lkdtm_HARDLOCKUP\+', True,
                   'RIP in lkdtm_HARDLOCKUP')),
        # sysrq-b resets at once, like a machine that dies under QEMU.
        Run('catch-reset', catch('reset'), 120,
            expect='machine reset',
            stuck=('native_machine_emergency_restart', False,
                   'native_machine_emergency_restart')),
        Run('catch-guest-reset', catch('reset'), 180,
            kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 2},
            expect='machine reset',
            stuck=('native_machine_emergency_restart', False,
                   'native_machine_emergency_restart')),
    ]


STRETCH_ROUNDS = 3     # round trips of the lock ops, each phase stretched
STRETCH_MS = 200       # by 3 times this
# In the KVM guest, by 3 times this: a wait phase of 600 ms, and one of
# 1.5 s, each once saw no waiter halt (of 3 and of 9).
STRETCH_MS_KVM = 1000
STRETCH_LINE = re.compile(
    r'pv_selftest: stretched phase (\d) of 4 \((\w+)\) to (\w+): native '
    r'pending (\d+), queued (\d+); paravirt waits node (\d+), head (\d+); '
    r'slow unlocks (\d+)$', re.M)


def stretched(text):
    """[(phase, op, to, {event: count})] of the lines that the phase
    stretch logged."""
    names = ('pending', 'queued', 'node', 'head', 'slow')
    return [(int(m[0]), m[1], m[2], dict(zip(names, map(int, m[3:]))))
            for m in STRETCH_LINE.findall(text)]


def stretch_checks(kvm):
    """Every switch logged its four phases in order.  No paravirt waiter
    and no slow unlock before the slowpath's phase to paravirt, no native
    waiter before it to native: the order holds.  Under KVM, native
    waiters (the pending bit) and paravirt waiters (waits) met in a
    slowpath phase of each direction; waiters called the real wait, and
    halted, in the wait phase of every switch to native; and in the wait
    phase of each direction an unlock found _Q_SLOW_VAL, which a hand-off
    to a halted waiter sets.  (During a switch the paravirt head keeps to
    the native rules and never waits, so with the test ops, which never
    halt, slow locks show only by chance, and paravirt waiters reach the
    wait op outside the wait phases, where the stretch holds a lock that
    every CPU waits for, only by chance too.)"""
    order = {'paravirt': ['unlock', 'slowpath', 'kick', 'wait'],
             'native': ['wait', 'kick', 'slowpath', 'unlock']}

    def switches(text):
        got = stretched(text)
        return [got[i:i + 4] for i in range(0, len(got), 4)]

    def in_order(text):
        sw = switches(text)
        return len(sw) == 2 * STRETCH_ROUNDS and all(
            [(p, op, to) for p, op, to, _ in s] ==
            [(i + 1, o, s[0][2]) for i, o in enumerate(order[s[0][2]])]
            for s in sw)

    def phases(text, to, ops):
        return [ev for s in switches(text) for _, op, t, ev in s
                if t == to and op in ops]

    def waits(ev):
        return ev['node'] + ev['head']

    def mixed(text):
        return all(any(ev['pending'] and waits(ev)
                       for ev in phases(text, to, ['slowpath']))
                   for to in order)

    def slow(text):
        return all(any(ev['slow'] for ev in phases(text, to, ['wait']))
                   for to in order)

    def before_paravirt(text):
        ph = phases(text, 'paravirt', ['unlock'])
        return len(ph) == STRETCH_ROUNDS and \
            not any(waits(ev) or ev['slow'] for ev in ph)

    def before_native(text):
        ph = phases(text, 'native', ['wait', 'kick'])
        return len(ph) == 2 * STRETCH_ROUNDS and \
            not any(ev['pending'] for ev in ph)

    def halted(text):
        ph = phases(text, 'native', ['wait'])
        return len(ph) == STRETCH_ROUNDS and all(waits(ev) for ev in ph)

    checks = [(f'{2 * STRETCH_ROUNDS} switches logged their four phases in '
               'order', in_order),
              ('no paravirt waiter and no slow unlock in the unlock phase '
               'to paravirt', before_paravirt),
              ('no native waiter in the wait and kick phases to native',
               before_native)]
    if kvm:
        checks += [('native and paravirt waiters met in a slowpath phase of '
                    'each direction', mixed),
                   ('waiters halted in the wait phase of every switch to '
                    'native', halted),
                   ('a _Q_SLOW_VAL lock unlocked in a wait phase of each '
                    'direction', slow)]
    return checks + [torture_ok('spin_lock_irq'), PHASED_SEEN]


def scen_phase_stretch():
    """The phased engine with every phase stretched, under locktorture
    spin_lock_irq with more writers than CPUs: under TCG with the test
    ops, and in a KVM guest with 4 vCPUs on the host's 2, booted
    paravirt, whose waiters halt."""
    return [Run('phase-stretch', ('phase-stretch', STRETCH_MS, STRETCH_ROUNDS,
                                  8),
                timeout=300, args=PHASED, checks=stretch_checks(False)),
            Run('phase-stretch-kvm', ('phase-stretch', STRETCH_MS_KVM,
                                      STRETCH_ROUNDS, 8),
                timeout=600, args=PHASED,
                kernel='host', smp=2, nested={'cpu': GUEST_CPU, 'smp': 4},
                checks=[has(r'PV spinlocks enabled',
                            'guest booted paravirt')] +
                stretch_checks(True))]


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
    'auto': scen_auto,
    'kvm-hints-damping': scen_kvm_hints_damping,
    'kvm-migrate': scen_kvm_migrate,
    'kvm-no-feature': scen_kvm_no_feature,
    'kvm-pv-hints-selftest': scen_kvm_pv_hints_selftest,
    'vmm-control': scen_vmm_control,
    'kvm-pvspin-alt': scen_kvm_pvspin_alt,
    'phase-stretch': scen_phase_stretch,
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
