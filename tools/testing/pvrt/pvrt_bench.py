# SPDX-License-Identifier: GPL-2.0
"""pvrt demo and pvrt bench, on the machinery of the scenarios.
"""

import re
from pvrt_kernel import (GUESTS, OUT, PKGS_BOOT, PKGS_BUILD, build_kernel, die,
                         ensure_packages, harness_tool, kept_sections, log,
                         pvsites, run, symbol_size)
from pvrt_parser import machine_text
from pvrt_machine import (Run, ensure_qemu, execute)
from pvrt_scenarios import (HINT_FLIP, PHASE, hint_phase_results,
                            hint_phases_run, lock_implementation,
                            phase_results, scen_kvm_dynamic_hints)


def demo_nested(secs, logdir):
    """The guest follows the hint that its host changes."""
    phases = [(4, 1), (4, 0), (4, 1)]
    log(f'pvrt demo --nested: our host kernel under TCG with 2 vCPUs runs a '
        f'KVM guest with 4 vCPUs, booted with KVM_HINTS_REALTIME; the host '
        f'sets the hint, clears it and sets it again with pv-hints, and the '
        f'guest runs locktorture spin_lock, 4 writers, {secs}s after each '
        f'change')
    res = execute(hint_phases_run('demo-nested', phases, secs), logdir)
    log(f'booted with: {lock_implementation(res.text)}')
    gtext = machine_text(res.text, guest=True)
    results = hint_phase_results(gtext)
    for (_, hints), (mode, _, writes) in zip(phases, results):
        rate = 'no result' if writes is None else \
            f'{writes} writes in {secs}s = {writes / secs:.0f} writes/s'
        log(f'host hints {hints}: guest {mode:8}: {rate}')
    for line in re.findall(r'kvm-guest: hints .*', gtext):
        log(f'guest log: {line.strip()}')
    log(f'console log: {res.logfile}')
    problems = res.reasons + res.failed_checks
    want = ['native' if h else 'paravirt' for _, h in phases]
    if [m for m, _, _ in results] != want:
        problems.append('the guest did not go through ' + ' -> '.join(want))
    if any(w is None for _, _, w in results):
        problems.append('a phase has no locktorture result')
    if problems:
        log('demo FAILED: ' + ', '.join(problems))
        return 1
    return 0


def cmd_demo(args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
    secs = args.seconds
    if args.nested:
        return demo_nested(secs, logdir)
    modes = ['native', 'paravirt', 'native']
    r = Run('demo', ('demo', secs, *modes), timeout=3 * secs + 300)
    log(f'pvrt demo: guest kernel under TCG, 4 vCPUs, locktorture spin_lock, '
        f'4 writers, {secs}s in each of: {" -> ".join(modes)}')
    res = execute(r, logdir)
    log(f'booted with: {lock_implementation(res.text)}')
    results = phase_results(res.text)
    for mode, ns, writes in results:
        how = ('already in use' if not ns else
               f'switched in {ns / 1e6:.1f} ms')
        rate = 'no result' if writes is None else \
            f'{writes} writes in {secs}s = {writes / secs:.0f} writes/s'
        log(f'{mode:8}  ({how}): {rate}')
    log(f'console log: {res.logfile}')
    problems = res.reasons + res.failed_checks
    if [m for m, _, _ in results] != modes:
        problems.append('the guest did not go through ' + ' -> '.join(modes))
    if any(w is None for _, _, w in results):
        problems.append('a phase has no locktorture result')
    if problems:
        log('demo FAILED: ' + ', '.join(problems))
        return 1
    return 0


BENCH_SWITCHES = 20
BENCH_SECS = 20
BENCH_SCRIPT = ('bench', BENCH_SWITCHES, BENCH_SECS)


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def bench_switch(name, logdir):
    """Boot guest config @name, switch it back and forth with nothing else
    running, then run locktorture in each mode; print what it measured."""
    res = execute(Run(f'bench-{name}', BENCH_SCRIPT, timeout=900,
                      kernel=name), logdir)
    if res.reasons or res.failed_checks:
        die(f'bench {name}: ' + ', '.join(res.reasons + res.failed_checks) +
            f'; log {res.logfile}')
    quiet = res.text[:PHASE.search(res.text).start()]
    empty = [int(v) for v in re.findall(r'^pvrt: empty stop_machine (\d+)$',
                                        quiet, re.M)]
    switch = [int(v) for v in re.findall(r'^last switch: (\d+) ns$', quiet,
                                         re.M)][:2 * BENCH_SWITCHES]
    sites = re.findall(r'^sites: (\d+)$', quiet, re.M)[-1]
    switches = int(re.findall(r'^switches: (\d+)$', quiet, re.M)[-1])
    rounds = int(re.findall(r'^sync rounds: (\d+)$', quiet, re.M)[-1])
    m_empty, m_switch = median(empty), median(switch)
    log(f'\n== {name}: switching, one boot under TCG with 4 vCPUs ==')
    log(f'{sites} sites; median of {len(switch)} switches {m_switch / 1e6:.2f}'
        f' ms, of {len(empty)} empty stop_machine() '
        f'{m_empty / 1e6:.2f} ms: ratio {m_switch / m_empty:.2f}')
    log(f'sync rounds per switch: {rounds / switches:.1f}')
    for mode, _, writes in phase_results(res.text):
        log(f'locktorture spin_lock, 4 writers, {mode}: '
            f'{writes / BENCH_SECS:.0f} writes/s')
    log(f'console log: {res.logfile}')


def bench_hints(logdir):
    """Nested: how long the guest takes to follow a hint change, and
    locktorture in each mode with the guest under- and oversubscribed."""
    res = execute(scen_kvm_dynamic_hints()[0], logdir)
    if res.reasons or res.failed_checks:
        die('bench kvm-dynamic-hints: ' +
            ', '.join(res.reasons + res.failed_checks) +
            f'; log {res.logfile}')
    log('\n== KVM: hint changes, host kernel under TCG with 2 vCPUs, '
        'guest with 4 ==')
    for h, mode in ((0, 'paravirt'), (1, 'native')):
        lat = [float(m.group(4)) - float(m.group(3))
               for m in HINT_FLIP.finditer(machine_text(res.text, False))
               if m.group(1) == str(h)]
        log(f'hints {h} -> guest {mode:8}: median {median(lat) * 1e3:.0f} ms, '
            f'max {max(lat) * 1e3:.0f} ms of {len(lat)} changes '
            '(to the guest\'s mode line on the host)')
    log(f'console log: {res.logfile}')

    phases = [(2, 1), (2, 0), (4, 0), (4, 1)]
    res = execute(hint_phases_run('bench-hints', phases, BENCH_SECS), logdir)
    results = hint_phase_results(machine_text(res.text, True))
    if res.reasons or res.failed_checks or \
            len(results) != len(phases) or \
            any(w is None for _, _, w in results):
        die('bench bench-hints: ' + ', '.join(res.reasons + res.failed_checks)
            + f'; log {res.logfile}')
    log('\n== KVM: locktorture spin_lock, a writer per vCPU, '
        f'{BENCH_SECS}s per phase, one boot ==')
    rate = {(mode, cpus): writes / BENCH_SECS for mode, cpus, writes in results}
    for cpus, regime, hint in ((2, 'undersubscribed', 'native'),
                               (4, 'oversubscribed', 'paravirt')):
        nat, pv = rate[('native', cpus)], rate[('paravirt', cpus)]
        log(f'{cpus} guest vCPUs on 2 host vCPUs ({regime}): native '
            f'{nat:.0f} writes/s, paravirt {pv:.0f} writes/s, paravirt/native '
            f'{pv / nat:.2f}; the hint selects {hint}')
    log(f'console log: {res.logfile}')


def bench_fast_path():
    """The uncontended lock/unlock pair of each mode, on the host CPU."""
    log('\n== the uncontended fast path, on this machine\'s CPU ==')
    log(run([str(harness_tool('lockpair'))]).rstrip())


def cmd_bench(args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
    bench_fast_path()
    for name in GUESTS:
        kdir = build_kernel(name)
        log(f'\n== {name}: call sites and sections of vmlinux ==')
        text = pvsites(kdir)
        if not text:
            die(f'pvsites failed on {name}')
        log(text.rstrip())
        m = re.search(r'^\.parainstructions\.runtime\s+(\d+)\s+(\d+)\s+'
                      r'(\d+)$', text, re.M)
        if not m:
            die(f'{name}: vmlinux has no runtime table')
        table, sites = int(m.group(1)), int(m.group(2))
        code = sum(kept_sections(kdir / 'arch/x86/kernel' / obj) for obj in
                   ('paravirt-runtime.o', 'paravirt-runtime-switch.o'))
        native = symbol_size(kdir, 'native_pv_lock_ops')
        total = table + code + native
        log(f'kept after init: table {table} + paravirt-runtime*.o {code} + '
            f'native_pv_lock_ops {native} = {total} bytes, '
            f'{total / sites:.1f} bytes per site ({table / sites:.0f} for '
            'the table)')
        bench_switch(name, logdir)
    bench_hints(logdir)
    return 0
