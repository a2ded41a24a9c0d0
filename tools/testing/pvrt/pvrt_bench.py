# SPDX-License-Identifier: GPL-2.0
"""pvrt demo and pvrt bench, on the machinery of the scenarios.
"""

import datetime
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
from pvrt_kernel import (GUESTS, HERE, OUT, PKGS_BOOT, PKGS_BUILD, SRC,
                         build_env, build_kernel, die, ensure_packages,
                         harness_tool, kept_sections, log, make_command,
                         pvsites, run, symbol_size)
from pvrt_parser import machine_text, torture_total
from pvrt_machine import (Run, ensure_qemu, execute)
from pvrt_scenarios import (GUEST_CPU, HINTS_CPU, TORTURE_SECS,
                            hint_phase_results,
                            hint_phases_run, lock_implementation, modes_run,
                            phase_results)


def demo_nested(secs, logdir):
    """The guest follows the hint that its host changes."""
    phases = DEMO_PHASES
    log(f'pvrt demo --nested: our host kernel under TCG with 2 vCPUs runs a '
        f'KVM guest with 4 vCPUs, booted with KVM_HINTS_REALTIME; the host '
        f'sets the hint, clears it and sets it again from inside the guest\'s '
        f'QEMU (the VMM shim), and the '
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


DEMO_MODES = ['native', 'paravirt', 'native']
DEMO_PHASES = [(4, 1), (4, 0), (4, 1)]


def demo_run(secs):
    return Run('demo', ('demo', secs, *DEMO_MODES), timeout=3 * secs + 300)


def demo_runs(secs=TORTURE_SECS):
    """The runs of pvrt demo."""
    return [demo_run(secs),
            hint_phases_run('demo-nested', DEMO_PHASES, secs)]


def cmd_demo(args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
    secs = args.seconds
    if args.nested:
        return demo_nested(secs, logdir)
    modes = DEMO_MODES
    r = demo_run(secs)
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


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def spread(values, scale=1.0, fmt='.0f'):
    """min/median/max of @values, each divided by @scale."""
    lo, mid, hi = (v / scale for v in (min(values), median(values),
                                       max(values)))
    return f'{lo:{fmt}}/{mid:{fmt}}/{hi:{fmt}}'


def checked(res, what):
    """The console text of a run that must not have failed."""
    if res.reasons or res.failed_checks:
        die(f'bench {what}: ' + ', '.join(res.reasons + res.failed_checks) +
            f'; log {res.logfile}')
    return res.text


# -- the cost of a switch ------------------------------------------------

SWITCH_ROUNDS = 10        # empty stop_machine() calls and round trips
SWITCH_CPUS = (2, 4, 8)   # vCPUs online, under TCG
SWITCH_CONFIGS = ('guest', 'guest-inline')

COST_CPUS = re.compile(r'^pvrt: switch cost, (\d+) vCPUs online$', re.M)
COST_LINE = re.compile(r'^pvrt: (empty stop_machine|switch) (\d+) ns'
                       r'(?: irqs-off (?:(\d+) us in stop_machine, longest '
                       r'(\d+) us from (\S+)|(lost events)))?$', re.M)


def switch_costs(text):
    """{vCPUs: {'empty'|'switch': [ns], 'irqs-off empty'|'irqs-off switch':
    [(us in stop_machine(), longest us, where that began)], 'lost': number
    of windows whose trace lost events}} of switch-cost.sh."""
    marks = list(COST_CPUS.finditer(text))
    costs = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        got = costs.setdefault(int(m.group(1)), {})
        for c in COST_LINE.finditer(text, m.end(), end):
            what = 'empty' if c.group(1).startswith('empty') else 'switch'
            got.setdefault(what, []).append(int(c.group(2)))
            if c.group(3):
                got.setdefault(f'irqs-off {what}', []).append(
                    (int(c.group(3)), int(c.group(4)), c.group(5)))
            elif c.group(6):
                got['lost'] = got.get('lost', 0) + 1
    return costs


def irqs_off(samples):
    """The longest time interrupts were off in stop_machine() over
    @samples, and the longest section of all, with where it began."""
    return (max(us for us, _, _ in samples),
            max((us, where) for _, us, where in samples))


def report_costs(costs, label, summary, bed, what):
    for cpus, got in sorted(costs.items()):
        if len(got.get('switch', ())) != 2 * SWITCH_ROUNDS or \
                len(got.get('empty', ())) != SWITCH_ROUNDS:
            die(f'bench {label}: {cpus} vCPUs: not every switch reported')
        sw, empty = median(got['switch']), median(got['empty'])
        line = (f'{cpus} vCPUs: switch median {sw / 1e6:.2f} ms (max '
                f'{max(got["switch"]) / 1e6:.2f}), empty stop_machine() '
                f'{empty / 1e6:.2f} ms (max {max(got["empty"]) / 1e6:.2f}), '
                f'ratio {sw / empty:.2f}')
        row = (f'switch {sw / 1e6:.2f} ms, empty stop_machine() '
               f'{empty / 1e6:.2f} ms, ratio {sw / empty:.2f}')
        if 'irqs-off switch' in got and 'irqs-off empty' in got:
            us, (any_us, where) = irqs_off(got['irqs-off switch'])
            eus, _ = irqs_off(got['irqs-off empty'])
            line += (f'; interrupts off in stop_machine() for at most {us} '
                     f'us in a switch, {eus} us in an empty one; longest '
                     f'section in a switch\'s window {any_us} us, from '
                     f'{where}')
            row += f', irqs off at most {us} us'
        else:
            # Without the trace events, or with every window lost: say so
            # rather than leave the figure out.
            line += ('; interrupts-off time not measured: '
                     f'{len(got.get("irqs-off switch", ()))} of '
                     f'{len(got["switch"])} switches and '
                     f'{len(got.get("irqs-off empty", ()))} of '
                     f'{len(got["empty"])} empty calls traced')
            row += ', irqs off not measured'
        if got.get('lost'):
            line += (f'; the trace of {got["lost"]} windows lost events, '
                     'which they leave out')
        log(line)
        summary.append((bed, f'switch cost, {what}, {cpus} vCPUs', row))


def switch_tcg_run(name):
    """One boot of guest config @name under TCG with 8 vCPUs: the switch
    and an empty stop_machine() with 2, 4 and 8 of them online."""
    return Run(f'bench-switch-{name}',
               ('switch-cost', SWITCH_ROUNDS, *SWITCH_CPUS), timeout=1200,
               kernel=name, smp=max(SWITCH_CPUS))


def bench_switch_tcg(name, logdir, summary):
    r = switch_tcg_run(name)
    text = checked(execute(r, logdir), r.name)
    sites = re.findall(r'^sites: (\d+)$', text, re.M)[-1]
    log(f'\n== {name}: the cost of a switch, {sites} sites, TCG, '
        f'{SWITCH_ROUNDS} empty stop_machine() calls and '
        f'{2 * SWITCH_ROUNDS} switches with nothing else running ==')
    report_costs(switch_costs(text), r.name, summary, 'TCG',
                 f'{name} ({sites} sites)')
    log(f'console log: {r.name}.log')


# -- KVM: switch cost and hint latency, nested -------------------------

NESTED_GUEST = 'guest-inline'       # as in modes_run()
LATENCY_FLIPS = 10        # round trips of KVM_HINTS_REALTIME
HOST_SET = re.compile(r'^pvrt: hints ([01]): set at ([\d.]+), guest '
                      r'kernel\'s message at ([\d.]+)$', re.M)
GUEST_FOLLOW = re.compile(r'^pvrt: (\w+), (\d+) ns, change \d+\.$', re.M)


def nested_switch_run():
    """The switch in the nested guest, with 2 and 4 vCPUs on the host's
    2, then the time it takes to follow the host's hint changes."""
    return Run('bench-nested-switch',
               ('hint-latency', 2 * LATENCY_FLIPS, SWITCH_ROUNDS, 2, 4),
               timeout=1800, kernel='host', smp=2,
               nested={'cpu': HINTS_CPU, 'smp': 4, 'kernel': NESTED_GUEST,
                       'driver': ('hint-latency-host', LATENCY_FLIPS)})


def bench_nested_switch(logdir, summary):
    r = nested_switch_run()
    text = checked(execute(r, logdir), r.name)
    gtext = machine_text(text, True)
    log(f'\n== KVM, nested: the cost of a switch in a {NESTED_GUEST} guest, '
        'host kernel under TCG with 2 vCPUs ==')
    report_costs(switch_costs(gtext), r.name, summary, 'nested KVM',
                 NESTED_GUEST)
    log(f'\n== KVM, nested: from a hint change to the switch, '
        f'{2 * LATENCY_FLIPS} changes, guest with 4 vCPUs under '
        'locktorture ==')
    host = HOST_SET.findall(machine_text(text, False))
    guest = GUEST_FOLLOW.findall(gtext)
    if len(host) != 2 * LATENCY_FLIPS or len(guest) != 2 * LATENCY_FLIPS:
        die(f'bench {r.name}: {len(host)} host and {len(guest)} guest '
            f'reports of {2 * LATENCY_FLIPS} changes; log {r.name}.log')
    for h, mode in (('0', 'paravirt'), ('1', 'native')):
        inside = [int(ns) / 1e6 for (hh, _, _), (m, ns) in zip(host, guest)
                  if hh == h and m == mode]
        whole = [(float(t1) - float(t0)) * 1e3 for hh, t0, t1 in host
                 if hh == h]
        if len(inside) != LATENCY_FLIPS:
            die(f'bench {r.name}: the guest did not go {mode} after each '
                f'hint {h}')
        log(f'hint {h} -> {mode}: change seen to switched '
            f'(guest) min/median/max {spread(inside, fmt=".1f")} ms; '
            f'host\'s set call to the guest kernel\'s message on its console '
            f'{spread(whole, fmt=".1f")} ms')
        summary.append(('nested KVM', f'hint {h} -> {mode}',
                        f'seen to switched: median '
                        f'{median(inside):.1f} ms, max {max(inside):.1f} ms; '
                        f'set call to console: median {median(whole):.1f} '
                        f'ms, max {max(whole):.1f} ms'))
    log(f'console log: {r.name}.log')


# -- lockbench.ko, the in-guest lock benchmark ---------------------------

LB_LINE = re.compile(r'lockbench: (?:begin|cpu=|elapsed_ns=|wait_ns |end )')
LB_BEGIN = re.compile(r'lockbench: begin mode=(\w+) threads=(\d+) secs=(\d+) '
                      r'cs=(\d+) out=(\d+)')
LB_CPU = re.compile(r'lockbench: cpu=(\d+) acq=(\d+) start_ns=(\d+) '
                    r'end_ns=(\d+)')
LB_ELAPSED = re.compile(r'lockbench: elapsed_ns=(\d+) acq=(\d+)')
LB_WAIT = re.compile(r'lockbench: wait_ns p50=(\d+) p99=(\d+) max=(\d+)')
LB_END = re.compile(r'lockbench: end mode=(\w+)')


class LockRun:
    """One report of lockbench.ko."""

    def __init__(self, mode, secs, acq, elapsed_ns, p50, p99, longest):
        self.mode = mode
        self.secs = secs
        self.acq = acq              # {CPU: acquisitions}
        self.elapsed_ns = elapsed_ns
        self.p50, self.p99, self.max = p50, p99, longest

    @property
    def rate(self):
        """Acquisitions per second over the time the threads ran."""
        return sum(self.acq.values()) * 1e9 / self.elapsed_ns

    @property
    def fairness(self):
        """The most acquisitions of a thread over the fewest."""
        least = min(self.acq.values())
        return max(self.acq.values()) / least if least else float('inf')


def parse_lockbench(text):
    """The one report of lockbench.ko in @text, as LockRun; ValueError if
    it has none, more than one, or one that is cut short or out of
    order.  Other lines, the kernel's among them, are left alone."""
    lines = [ln.strip() for ln in text.splitlines()
             if LB_LINE.match(ln.strip())]
    if not lines:
        raise ValueError('no lockbench report')
    begin = LB_BEGIN.fullmatch(lines[0])
    if not begin:
        raise ValueError(f'lockbench report begins with "{lines[0]}"')
    mode, threads = begin.group(1), int(begin.group(2))
    if not threads or len(lines) != threads + 4:
        raise ValueError(f'lockbench {mode}: {len(lines)} lines for '
                         f'{threads} threads')
    acq = {}
    for ln in lines[1:1 + threads]:
        m = LB_CPU.fullmatch(ln)
        if not m or int(m.group(1)) in acq:
            raise ValueError(f'lockbench {mode}: "{ln}" where a thread '
                             'of its own was due')
        acq[int(m.group(1))] = int(m.group(2))
    elapsed = LB_ELAPSED.fullmatch(lines[-3])
    wait = LB_WAIT.fullmatch(lines[-2])
    end = LB_END.fullmatch(lines[-1])
    if not elapsed or not wait or not end or end.group(1) != mode:
        raise ValueError(f'lockbench {mode}: does not end with its '
                         'elapsed time, wait times and end')
    if int(elapsed.group(2)) != sum(acq.values()) or \
            not int(elapsed.group(1)):
        raise ValueError(f'lockbench {mode}: total {elapsed.group(2)} '
                         f'over {elapsed.group(1)} ns, threads '
                         f'{sum(acq.values())}')
    return LockRun(mode, int(begin.group(3)), acq, int(elapsed.group(1)),
                   *(int(g) for g in wait.groups()))


def lockbench_module(kernel):
    """lockbench.ko, built against the guest kernel @kernel (built first)
    in a directory of its own under the build directory."""
    kdir = build_kernel(kernel)
    mdir = OUT / 'lockbench' / kernel
    mdir.mkdir(parents=True, exist_ok=True)
    for name in ('lockbench.c', 'Kbuild'):
        src = HERE / 'lockbench' / name
        if not (mdir / name).exists() or \
                (mdir / name).read_bytes() != src.read_bytes():
            shutil.copyfile(src, mdir / name)
    run(make_command(SRC, kdir) + [f'M={mdir}', '-s', 'modules'],
        env=build_env(SRC))
    return mdir / 'lockbench.ko'


# -- statistics ------------------------------------------------------------

# A confidence interval of a ratio resolves a difference of more than
# this, when it holds neither 1 - BAND nor 1 + BAND nor what lies between.
BAND = 0.05

# The 97.5 % quantile of Student's t distribution, for 1 to 30 degrees of
# freedom; above 30, the value for 30, which is wider than the truth.
T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
        2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101,
        2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048, 2.045, 2.042)


def t975(df):
    if df < 1:
        raise ValueError(f'{df} degrees of freedom')
    return T975[min(int(df), len(T975)) - 1]


class Interval:
    """A geometric mean or a ratio of two, with its 95 % confidence
    interval, from @n values (@n of each side for a ratio)."""

    def __init__(self, value, lo, hi, n):
        self.value, self.lo, self.hi, self.n = value, lo, hi, n

    def verdict(self, band=BAND):
        """resolved if the interval lies wholly outside 1 -+ @band."""
        if self.hi < 1 - band or self.lo > 1 + band:
            return 'resolved'
        if self.lo >= 1 - band and self.hi <= 1 + band:
            return f'unresolved (within {1 - band:.2f}..{1 + band:.2f})'
        return 'unresolved'

    def __str__(self):
        return (f'{self.value:.3f} [{self.lo:.3f}, {self.hi:.3f}]')


def log_interval(values):
    """The geometric mean of @values, positive, with a t interval on their
    logarithms."""
    if len(values) < 2 or min(values) <= 0:
        raise ValueError(f'no interval of {values}')
    logs = [math.log(v) for v in values]
    mean = statistics.fmean(logs)
    half = t975(len(logs) - 1) * statistics.stdev(logs) / \
        math.sqrt(len(logs))
    return Interval(math.exp(mean), math.exp(mean - half),
                    math.exp(mean + half), len(values))


def ratio_interval(xs, ys):
    """The geometric mean of @xs over that of @ys, independent samples,
    with Welch's t interval on the difference of their mean logarithms
    (degrees of freedom rounded down)."""
    if len(xs) < 2 or len(ys) < 2 or min(xs + ys) <= 0:
        raise ValueError(f'no interval of {xs} over {ys}')
    lx, ly = [math.log(v) for v in xs], [math.log(v) for v in ys]
    vx, vy = (statistics.variance(lx) / len(lx),
              statistics.variance(ly) / len(ly))
    diff = statistics.fmean(lx) - statistics.fmean(ly)
    if vx + vy == 0:
        return Interval(math.exp(diff), math.exp(diff), math.exp(diff),
                        min(len(xs), len(ys)))
    df = (vx + vy) ** 2 / (vx ** 2 / (len(lx) - 1) + vy ** 2 / (len(ly) - 1))
    half = t975(max(1, math.floor(df))) * math.sqrt(vx + vy)
    return Interval(math.exp(diff), math.exp(diff - half),
                    math.exp(diff + half), min(len(xs), len(ys)))


# -- KVM: throughput of each mode, nested ------------------------------

BENCH_SECS = 5            # each run of a workload
BENCH_REPS = 3
WORKLOADS = {'spin_lock': 'locktorture spin_lock writes/s',
             'rw_lock': 'locktorture rw_lock reads+writes/s',
             'msg': 'pvload msg round trips/s'}
# vCPUs online in the guest, on the host's 2
REGIMES = {2: 'undersubscribed', 4: 'oversubscribed'}
# Each mode of the guest, booted as such: (CPU model, kernel arguments,
# phases (vCPUs, hints)).  A phase whose mode is not the one booted is
# the runtime-switched mode.
MODE_BOOTS = {
    'native': (HINTS_CPU, '', [(2, 1), (4, 1), (4, 0)]),
    'paravirt': (GUEST_CPU, '', [(2, 0), (4, 0), (2, 1)]),
    'hint-wait': (HINTS_CPU, 'kvm_pvspin_alt=hint-wait', [(2, 1), (4, 0)]),
    'tas': (HINTS_CPU, 'kvm_pvspin_alt=tas', [(2, 1), (4, 0)]),
}
MODE_PHASE = re.compile(r'^pvrt: phase (\w+) ([\w-]+), (\d) vCPUs, '
                        r'hints ([01])$', re.M)
WORK_RUN = re.compile(r'^pvrt: run (\w+) \d+$', re.M)
MSG_TRIPS = re.compile(r'^pvload: msg \d+ pairs: (\d+) round trips', re.M)


def run_rate(part, work):
    """Operations per second of one run of a workload, from its output."""
    if work == 'msg':
        m = MSG_TRIPS.search(part)
        return int(m.group(1)) / BENCH_SECS if m else None
    writes = torture_total(part, work)
    reads = torture_total(part, work, 'Reads') or 0
    return None if writes is None else (writes + reads) / BENCH_SECS


def mode_label(boot, mode, alt):
    """The table's name of a phase's mode, or None if it is not what the
    boot was for."""
    if boot in ('hint-wait', 'tas'):
        want = 'paravirt' if boot == 'hint-wait' else 'native'
        return boot if (mode, alt) == (want, boot) else None
    if alt != 'none':
        return None
    return boot if mode == boot else 'switched'


def mode_rates(boot, text, rates):
    """Add the rates of each phase of a boot of MODE_BOOTS to @rates,
    {(vCPUs, mode, workload): [ops/s]}."""
    phases = list(MODE_PHASE.finditer(text))
    want = MODE_BOOTS[boot][2]
    if [(int(m.group(3)), int(m.group(4))) for m in phases] != want:
        die(f'bench mode {boot}: phases {[m.group(0) for m in phases]}')
    for k, m in enumerate(phases):
        label = mode_label(boot, m.group(1), m.group(2))
        if not label:
            die(f'bench mode {boot}: unexpected {m.group(0)}')
        end = phases[k + 1].start() if k + 1 < len(phases) else len(text)
        runs = list(WORK_RUN.finditer(text, m.end(), end))
        for j, w in enumerate(runs):
            part = text[w.start():runs[j + 1].start() if j + 1 < len(runs)
                        else end]
            rate = run_rate(part, w.group(1))
            if rate is None:
                die(f'bench mode {boot}: no result of {w.group(0)}')
            rates.setdefault((int(m.group(3)), label, w.group(1)),
                             []).append(rate)


def mode_run(boot):
    """The guest booted in mode @boot of MODE_BOOTS, through its phases."""
    cpu, args, phases = MODE_BOOTS[boot]
    return modes_run(f'bench-mode-{boot}', cpu, args, phases, BENCH_SECS,
                     BENCH_REPS)


def bench_runs():
    """Every boot of pvrt bench."""
    return ([switch_tcg_run(name) for name in SWITCH_CONFIGS] +
            [nested_switch_run()] + [mode_run(boot) for boot in MODE_BOOTS])


def bench_modes(logdir, summary):
    """Each mode booted as such, and the runtime-switched one, in both
    regimes, with each workload BENCH_REPS times."""
    rates = {}
    for boot in MODE_BOOTS:
        r = mode_run(boot)
        mode_rates(boot, machine_text(checked(execute(r, logdir), r.name),
                                      True), rates)
    log(f'\n== KVM, nested: throughput of each mode, a {NESTED_GUEST} guest '
        f'with 2 or 4 vCPUs online on the host\'s 2 (host kernel under TCG),'
        f' {BENCH_REPS} runs of {BENCH_SECS}s of each workload, '
        'min/median/max ==')
    modes = ['native', 'paravirt', 'switched', 'hint-wait', 'tas']
    for cpus, regime in REGIMES.items():
        booted = 'native' if cpus == 2 else 'paravirt'
        log(f'-- {regime}: {cpus} guest vCPUs on 2 host vCPUs; switched = '
            f'booted the other way, switched to {booted} by the host\'s hint')
        for work, what in WORKLOADS.items():
            med = {m: median(rates[(cpus, m, work)]) for m in modes}
            best = max(modes, key=lambda m: med[m])
            log(f'{what}:')
            for m in modes:
                log(f'  {m:9} {spread(rates[(cpus, m, work)]):>22}   '
                    f'best/this {med[best] / med[m]:.2f}')
            sw = med['switched'] / med[booted]
            log(f'  switched/{booted} {sw:.2f}; best: {best}')
            summary.append(('nested KVM', f'{regime}, {work}',
                            f'best {best}; switched/{booted} {sw:.2f}; '
                            'best/' + ', '.join(
                                f'{m} {med[best] / med[m]:.2f}'
                                for m in modes if m != best)))


# -- the whole benchmark ---------------------------------------------------

def machine_name():
    """This machine's CPU model, as /proc/cpuinfo names it."""
    try:
        with open('/proc/cpuinfo', encoding='utf-8') as f:
            for line in f:
                if line.startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or 'unknown CPU'


def source_commit():
    res = subprocess.run(['git', '-C', str(SRC), 'describe', '--always',
                          '--dirty', '--abbrev=12'], check=False, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return res.stdout.strip() or 'unknown'


def bench_fast_path(summary):
    """The uncontended lock/unlock pair of each mode, on the host CPU."""
    log('\n== the uncontended fast path, on this machine\'s CPU ==')
    out = run([str(harness_tool('lockpair'))]).rstrip()
    log(out)
    m = re.search(r'^paravirt - native ([\d.]+) ns per pair, '
                  r'paravirt/native ([\d.]+)$', out, re.M)
    if not m:
        die('lockpair printed no difference')
    summary.append(('host CPU', 'uncontended lock+unlock pair',
                    f'paravirt - native {m.group(1)} ns, paravirt/native '
                    f'{m.group(2)}'))


def print_summary(summary):
    log(f'\n== summary: commit {source_commit()}, '
        f'{datetime.date.today().isoformat()}, {machine_name()}, '
        f'{os.cpu_count()} CPUs ==')
    width = [max(len(row[k]) for row in summary) for k in range(2)]
    for where, what, figures in summary:
        log(f'{where:{width[0]}} | {what:{width[1]}} | {figures}')


def cmd_bench(args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
    summary = []
    bench_fast_path(summary)
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
    for name in SWITCH_CONFIGS:
        bench_switch_tcg(name, logdir, summary)
    bench_nested_switch(logdir, summary)
    bench_modes(logdir, summary)
    print_summary(summary)
    return 0
