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
import time
from pvrt_kernel import (BUILD_CPU_SECONDS, GUESTS, HERE, JOBS,
                         PKGS_BOOT, PKGS_BUILD, SRC, build_env, build_kernel,
                         die, ensure_packages, harness_tool, kept_sections,
                         load_times, log, make_command, minutes, pvsites,
                         run, save_times, symbol_size)
from pvrt_parser import machine_text
from pvrt_machine import (Run, ensure_qemu, execute)
from pvrt_scenarios import (AUTO, GUEST_CPU, HINTS_CPU, TORTURE_SECS,
                            auto_timeline, hint_phase_results,
                            hint_phases_run, load_name, lock_implementation,
                            on_phased, phase_results)


def demo_nested(bed, secs):
    """The guest follows the hint that its host changes."""
    phases = DEMO_PHASES
    log(f'pvrt demo --nested: our host kernel under TCG with 2 vCPUs runs a '
        f'KVM guest with 4 vCPUs, booted with KVM_HINTS_REALTIME; the host '
        f'sets the hint, clears it and sets it again from inside the guest\'s '
        f'QEMU (the VMM shim), and the '
        f'guest runs locktorture spin_lock, 4 writers, {secs}s after each '
        f'change')
    res = execute(bed, hint_phases_run('demo-nested', phases, secs))
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


def cmd_demo(bed, args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu(bed)
    secs = args.seconds
    if args.nested:
        return demo_nested(bed, secs)
    modes = DEMO_MODES
    r = demo_run(secs)
    log(f'pvrt demo: guest kernel under TCG, 4 vCPUs, locktorture spin_lock, '
        f'4 writers, {secs}s in each of: {" -> ".join(modes)}')
    res = execute(bed, r)
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


def timed_execute(bed, r):
    """execute() a boot of bench, and keep how long it took, for
    bench_estimate()."""
    t0 = time.time()
    res = execute(bed, r)
    times = load_times(bed)
    times.setdefault('bench', {})[r.name] = round(time.time() - t0)
    save_times(bed, times)
    return res


def checked(res, what):
    """The console text of a run that must not have failed."""
    if res.reasons or res.failed_checks:
        die(f'bench {what}: ' + ', '.join(res.reasons + res.failed_checks) +
            f'; log {res.logfile}')
    return res.text


# -- the cost of a switch ------------------------------------------------

SWITCH_ROUNDS = 10        # empty stop_machine() calls and round trips
GAP_ROUNDS = 5            # round trips with pvgap running
SWITCH_CPUS = (2, 4, 8)   # vCPUs online, under TCG
SWITCH_CONFIGS = ('guest', 'guest-inline')
# The engines that switch the lock ops (paravirt_runtime.engine=), and
# the configs whose switches bench measures with each, under TCG.
ENGINES = ('stop_machine', 'phased')
ENGINE_CONFIGS = {'stop_machine': SWITCH_CONFIGS,
                  'phased': SWITCH_CONFIGS}
# The phased engine's goal: interrupts off on the CPUs that do not
# switch for at most this part of what stop_machine() keeps them off.
IRQSOFF_GOAL = 0.01
# The bound the phased engine's switch keeps with nothing else running:
# four phases, each a grace period and three sync rounds.
PHASED_WALL_BOUND_NS = 1_000_000_000

COST_ENGINE = re.compile(r'^pvrt: switch cost, engine (\S*)$', re.M)
COST_CPUS = re.compile(r'^pvrt: switch cost, (\d+) vCPUs online$', re.M)
COST_LINE = re.compile(r'^pvrt: (empty stop_machine|switch) (\d+) ns'
                       r'(?: irqs-off (?:(\d+) us in stop_machine, longest '
                       r'(\d+) us from (\S+?)(?:; per CPU:(.*))?|'
                       r'(lost events)))?$', re.M)
COST_CPU = re.compile(r' cpu(\d+) (\d+) us from ([^\s,]+),?')
IDLE_LINE = re.compile(r'^pvrt: no switch ([\d.]+) s(?: irqs-off .*?'
                       r'(?:; per CPU:(.*))?)?$', re.M)
GAP_LINE = re.compile(r'^pvrt: gap switch (\d+) ns:(.*)$', re.M)
GAP_CPU = re.compile(r' cpu(\d+) (\w+) (\d+) ns \((\d+) before\)')
COUNTERS = re.compile(r'^pvrt: counters (\d+) sync rounds, (\d+) grace '
                      r'periods$', re.M)


def switch_engine(text):
    """The engine that switch-cost.sh says the switches of @text ran
    with; ValueError if it does not say."""
    m = COST_ENGINE.findall(text)
    if len(m) != 1 or not m[0]:
        raise ValueError('no engine line, "pvrt: switch cost, engine '
                         'NAME", in the switch cost\'s output')
    return m[0]


def per_cpu_irqs_off(text):
    """{CPU: (longest us, where it began)} of the per-CPU part of an
    irqs-off figure."""
    return {int(c): (int(us), where)
            for c, us, where in COST_CPU.findall(text)}


def switch_costs(text):
    """{vCPUs: {'empty'|'switch': [ns], 'irqs-off empty'|'irqs-off switch':
    [(us in stop_machine(), longest us, where that began)], 'lost': number
    of windows whose trace lost events, 'per-cpu empty'|'per-cpu switch':
    [{CPU: (longest us, where it began)}] of the windows that give it,
    'idle': [{CPU: (longest us, where it began)}, or None if the window
    was not traced per CPU] of the windows without a switch, 'idle secs':
    their length, 'gap': [(ns, {CPU: (policy, longest gap ns after the
    mark, before it)})] of the switches with pvgap running, 'counters':
    [(sync rounds, grace periods)]}} of switch-cost.sh."""
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
                if c.group(6) is not None:
                    got.setdefault(f'per-cpu {what}', []).append(
                        per_cpu_irqs_off(c.group(6)))
            elif c.group(7):
                got['lost'] = got.get('lost', 0) + 1
        for i in IDLE_LINE.finditer(text, m.end(), end):
            got['idle secs'] = float(i.group(1))
            got.setdefault('idle', []).append(
                None if i.group(2) is None else per_cpu_irqs_off(i.group(2)))
        for g in GAP_LINE.finditer(text, m.end(), end):
            got.setdefault('gap', []).append(
                (int(g.group(1)),
                 {int(c): (policy, int(after), int(before))
                  for c, policy, after, before in
                  GAP_CPU.findall(g.group(2))}))
        for c in COUNTERS.finditer(text, m.end(), end):
            got.setdefault('counters', []).append((int(c.group(1)),
                                                   int(c.group(2))))
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


# The CPU that switches with either engine: switch-cost.sh writes to
# debugfs from it, and it is the primary of stop_machine().
SWITCHER = 0


def longest_on_others(windows):
    """The longest interrupts-off section on a CPU other than SWITCHER in
    each of @windows ({CPU: (us, where)}) that traced one, at least the
    trace's resolution of 1 us."""
    return [max(1, *(us for cpu, (us, _) in sections.items()
                     if cpu != SWITCHER))
            for sections in windows
            if any(cpu != SWITCHER for cpu in sections)]


def engine_figures(got, cpus):
    """The figures of one engine with @cpus vCPUs online, from one entry
    of switch_costs(); a figure that the log does not give is None, with
    how many of the switches gave it.

    wall: (median ns, max ns) of the switches with nothing else running;
    gap wall: the same with pvgap running; irqs: (longest us, CPU, where
    it began) of the sections with interrupts off on the CPUs other than
    SWITCHER, over the switches whose trace gives each CPU's; irqs idle:
    the same over the windows without a switch; irqs each, irqs idle
    each: the longest such section of each switch, or window, traced;
    gap others,
    gap switcher: (longest ns, CPU) that a pvgap thread on another CPU,
    or on SWITCHER, could not run after the mark, and settle others,
    settle switcher the same before it; policies: {policy: [CPU]} of
    pvgap's threads; syncs, grace periods: per switch, from the
    counters before and after."""
    fig = {'switches': len(got.get('switch', ())),
           'wall': None, 'gap wall': None, 'irqs': None, 'irqs idle': None,
           'gap others': None, 'gap switcher': None,
           'settle others': None, 'settle switcher': None,
           'policies': {}, 'syncs': None, 'grace periods': None}
    if got.get('switch'):
        fig['wall'] = (median(got['switch']), max(got['switch']))
    traced = got.get('per-cpu switch', [])
    fig['irqs traced'] = len(traced)
    others = [(us, cpu, where) for sections in traced
              for cpu, (us, where) in sections.items() if cpu != SWITCHER]
    if others:
        fig['irqs'] = max(others)
    fig['irqs each'] = longest_on_others(traced)
    idle = [sections for sections in got.get('idle', []) if sections]
    fig['idle windows'], fig['idle traced'] = len(got.get('idle', [])), \
        len(idle)
    fig['idle secs'] = got.get('idle secs')
    others = [(us, cpu, where) for sections in idle
              for cpu, (us, where) in sections.items() if cpu != SWITCHER]
    if others:
        fig['irqs idle'] = max(others)
    fig['irqs idle each'] = longest_on_others(idle)
    gaps = got.get('gap', [])
    # A window counts only if pvgap reported every online CPU.
    whole = [(ns, per) for ns, per in gaps if sorted(per) ==
             list(range(cpus))]
    fig['gap windows'], fig['gap measured'] = len(gaps), len(whole)
    if whole:
        fig['gap wall'] = (median([ns for ns, _ in whole]),
                           max(ns for ns, _ in whole))
        for key, k in (('gap', 1), ('settle', 2)):
            fig[f'{key} switcher'] = (max(per[SWITCHER][k]
                                          for _, per in whole), SWITCHER)
            if cpus > 1:
                fig[f'{key} others'] = max((v[k], cpu) for _, per in whole
                                           for cpu, v in per.items()
                                           if cpu != SWITCHER)
        for _, per in whole:
            for cpu, v in sorted(per.items()):
                cpus_of = fig['policies'].setdefault(v[0], [])
                if cpu not in cpus_of:
                    cpus_of.append(cpu)
    counters = got.get('counters', [])
    done = len(got.get('switch', ())) + len(gaps)
    if len(counters) == 2 and done:
        fig['syncs'] = (counters[1][0] - counters[0][0]) / done
        fig['grace periods'] = (counters[1][1] - counters[0][1]) / done
    return fig


def ms(ns):
    return f'{ns / 1e6:.2f} ms'


def engine_line(fig):
    """One line of engine_figures(), every figure said or said to be not
    measured; and the shorter row of the summary."""
    if fig['wall']:
        wall = f'switch median {ms(fig["wall"][0])}, max {ms(fig["wall"][1])}'
        row = [f'switch {ms(fig["wall"][0])} (max {ms(fig["wall"][1])})']
    else:
        wall = 'switch time not measured'
        row = ['switch not measured']
    if fig['irqs']:
        us, cpu, where = fig['irqs']
        irqs = (f'irqs off on CPUs other than {SWITCHER} at most {us} us '
                f'(cpu{cpu}, from {where}), {fig["irqs traced"]} of '
                f'{fig["switches"]} switches traced')
        row.append(f'irqs off on others {us} us')
    else:
        irqs = (f'irqs off on CPUs other than {SWITCHER} not measured: '
                f'{fig["irqs traced"]} of {fig["switches"]} switches traced '
                'per CPU')
        row.append('irqs off on others not measured')
    if fig['irqs idle']:
        us, cpu, where = fig['irqs idle']
        irqs += (f', and at most {us} us (cpu{cpu}, from {where}) with no '
                 f'switch, in {fig["idle traced"]} of {fig["idle windows"]} '
                 f'windows of {fig["idle secs"]} s')
        row[-1] += f' ({us} us with none)'
    else:
        irqs += (f', with no switch not measured: {fig["idle traced"]} of '
                 f'{fig["idle windows"]} windows traced per CPU')
    if fig['gap switcher']:
        other = (f'{ms(fig["gap others"][0])} on another CPU (cpu'
                 f'{fig["gap others"][1]})' if fig['gap others'] else
                 'no other CPU')
        settle = (f'{ms(fig["settle others"][0])}' if fig['settle others']
                  else '-')
        gaps = (f'a task could not run for at most {other}, '
                f'{ms(fig["gap switcher"][0])} on CPU {SWITCHER} (before the '
                f'switch: {settle} and {ms(fig["settle switcher"][0])}), '
                f'{fig["gap measured"]} of {fig["gap windows"]} switches '
                f'with pvgap, which took median {ms(fig["gap wall"][0])}, '
                f'max {ms(fig["gap wall"][1])}; pvgap ran ' +
                ', '.join(f'{p} on ' + ','.join(f'cpu{c}' for c in cs)
                          for p, cs in sorted(fig['policies'].items())))
        row.append(f'stalled others {ms(fig["gap others"][0])}'
                   if fig['gap others'] else 'stalled others -')
        row.append(f'CPU {SWITCHER} {ms(fig["gap switcher"][0])}')
    else:
        gaps = (f'time a task could not run not measured: '
                f'{fig["gap measured"]} of {fig["gap windows"]} switches '
                'with pvgap reported every CPU')
        row.append('stalls not measured')
    if fig['syncs'] is not None:
        rounds = (f'per switch {fig["syncs"]:.1f} sync rounds, '
                  f'{fig["grace periods"]:.1f} grace periods')
        row.append(f'{fig["syncs"]:.1f} syncs, {fig["grace periods"]:.1f} '
                   'GPs per switch')
    else:
        rounds = 'sync rounds and grace periods per switch not measured'
        row.append('syncs not measured')
    return '; '.join([wall, irqs, gaps, rounds]), ', '.join(row)


def check_engines(runs):
    """@runs: {engine: (label, console text)}.  {engine: switch_costs()}
    of each, ValueError if a text names no engine or another one, or
    reports fewer switches than bench makes."""
    by_engine = {}
    for engine, (label, text) in runs.items():
        try:
            said = switch_engine(text)
        except ValueError as e:
            raise ValueError(f'{label}: {e}') from None
        if said != engine:
            raise ValueError(f'{label}: switched with {said}, not {engine}')
        costs = switch_costs(text)
        for cpus, got in costs.items():
            if len(got.get('switch', ())) != 2 * SWITCH_ROUNDS or \
                    len(got.get('gap', ())) != 2 * GAP_ROUNDS:
                raise ValueError(f'{label}: {cpus} vCPUs: not every switch '
                                 'reported')
        by_engine[engine] = costs
    return by_engine


def report_engines(by_engine, bed, what, summary):
    """A line for each number of vCPUs and each engine of @by_engine
    ({engine: switch_costs()}), each headed by its @bed; rows of
    @summary too.  Returns {engine: {vCPUs: engine_figures()}}."""
    figures = {}
    cpus_all = sorted({c for costs in by_engine.values() for c in costs})
    for cpus in cpus_all:
        for engine, costs in by_engine.items():
            fig = engine_figures(costs.get(cpus, {}), cpus)
            figures.setdefault(engine, {})[cpus] = fig
            line, row = engine_line(fig)
            log(f'{bed}, {cpus} vCPUs, {engine}: {line}')
            summary.append((bed, f'{what}, {cpus} vCPUs, {engine}', row))
    return figures


def engines_goal(figures, cpus):
    """Whether the phased engine met IRQSOFF_GOAL with @cpus vCPUs, from
    report_engines(): the line that says so.  The figure is the ratio of
    the geometric means of the longest interrupts-off section on the CPUs
    other than SWITCHER in each switch, phased over stop_machine, with its
    95 % interval: the goal is met when the whole interval lies at or
    below it, missed when the whole interval lies above it, and otherwise
    not resolved.  The same ratio of the phased switches over the phased
    boot's windows without a switch says whether the bed resolves the
    phased engine's sections from its background at all."""
    sm = figures.get('stop_machine', {}).get(cpus, {})
    ph = figures.get('phased', {}).get(cpus, {})
    if ph.get('wall'):
        within = ('within' if ph['wall'][1] <= PHASED_WALL_BOUND_NS else
                  'NOT within')
        wall = (f'the phased switch took at most {ms(ph["wall"][1])}, '
                f'{within} the bound of {ms(PHASED_WALL_BOUND_NS)}')
    else:
        wall = 'the phased switch time not measured'
    head = (f'phased/stop_machine longest interrupts-off section on CPUs '
            f'other than {SWITCHER} per switch')
    try:
        ratio = ratio_interval(ph.get('irqs each', []),
                               sm.get('irqs each', []))
    except ValueError:
        return (f'{head}: not measured, the goal of at most '
                f'{IRQSOFF_GOAL:.0%} not judged; {wall}')
    # Logarithms and back: a ratio equal to the goal may come out a
    # rounding error above it.
    if ratio.hi <= IRQSOFF_GOAL * (1 + 1e-9):
        verdict = 'meets'
    elif ratio.lo > IRQSOFF_GOAL * (1 + 1e-9):
        verdict = 'does NOT meet'
    else:
        verdict = 'does not resolve'
    try:
        floor = ratio_interval(ph['irqs each'], ph.get('irqs idle each', []))
        floor = (f'phased switch/no switch {floor}, n {len(ph["irqs each"])}'
                 f' and {len(ph["irqs idle each"])}, {floor.verdict()}')
    except ValueError:
        floor = 'phased switch/no switch not measured'
    return (f'{head}: geometric mean ratio {ratio.value:.2%} [{ratio.lo:.2%}'
            f', {ratio.hi:.2%}], n {len(ph["irqs each"])} and '
            f'{len(sm["irqs each"])}, which {verdict} the goal of at most '
            f'{IRQSOFF_GOAL:.0%} ({floor}); {wall}')


def pvgap_files(bed):
    return [('/bin/pvgap', harness_tool(bed, 'pvgap'))]


def switch_tcg_run(name, engine='stop_machine'):
    """One boot of guest config @name under TCG with 8 vCPUs, switching
    with @engine: the switch and an empty stop_machine() with 2, 4 and 8
    of them online."""
    r = Run(f'bench-switch-{name}',
            ('switch-cost', SWITCH_ROUNDS, GAP_ROUNDS, *SWITCH_CPUS),
            timeout=1200, kernel=name, smp=max(SWITCH_CPUS),
            files=pvgap_files)
    return on_phased(r) if engine == 'phased' else r


def bench_switch_tcg(bed, name, summary):
    """The switches of guest config @name under TCG with each engine of
    ENGINE_CONFIGS: the figures of the stop_machine() engine, then both
    side by side."""
    texts = {}
    for engine in ENGINES:
        if name not in ENGINE_CONFIGS[engine]:
            continue
        r = switch_tcg_run(name, engine)
        texts[engine] = (r.name, checked(timed_execute(bed, r), r.name))
    label, text = texts['stop_machine']
    sites = re.findall(r'^sites: (\d+)$', text, re.M)[-1]
    log(f'\n== {name}: the cost of a switch, {sites} sites, TCG, '
        f'{SWITCH_ROUNDS} empty stop_machine() calls and '
        f'{2 * SWITCH_ROUNDS} switches with nothing else running ==')
    report_costs(switch_costs(text), label, summary, 'TCG',
                 f'{name} ({sites} sites)')
    log(f'console log: {label}.log')
    report_tcg_engines(texts, name, sites, summary)


def report_tcg_engines(texts, name, sites, summary):
    try:
        by_engine = check_engines(texts)
    except ValueError as e:
        die(f'bench {e}')
    log(f'\n== {name}: both engines, {sites} sites, TCG (QEMU on the '
        f'host CPUs it is given), {2 * SWITCH_ROUNDS} switches with nothing '
        f'else running, then {2 * GAP_ROUNDS} with pvgap; CPU '
        f'{SWITCHER} switches ==')
    report_engines(by_engine, 'TCG', f'engines, {name}', summary)
    log('console logs: ' + ', '.join(f'{label}.log'
                                     for label, _ in texts.values()))


# -- KVM: switch cost and hint latency, nested -------------------------

NESTED_GUEST = 'guest-inline'       # as in modes_run()
LATENCY_FLIPS = 10        # round trips of KVM_HINTS_REALTIME
HOST_SET = re.compile(r'^pvrt: hints ([01]): set at ([\d.]+), guest '
                      r'kernel\'s message at ([\d.]+)$', re.M)
# A record of the guest kernel's log, which hint-latency.sh writes.
GUEST_FOLLOW = re.compile(r'^\[[ \d.]+\] pvrt: (\w+), (\d+) ns, '
                          r'change \d+\.$', re.M)


NESTED_CPUS = (2, 4)       # guest vCPUs online, on the host's 2


def nested_switch_run():
    """The switch in the nested guest, with 2 and 4 vCPUs on the host's
    2, then the time it takes to follow the host's hint changes."""
    return Run('bench-nested-switch',
               ('hint-latency', 2 * LATENCY_FLIPS, SWITCH_ROUNDS, GAP_ROUNDS,
                *NESTED_CPUS),
               timeout=1800, kernel='host', smp=2, files=pvgap_files,
               nested={'cpu': HINTS_CPU, 'smp': 4, 'kernel': NESTED_GUEST,
                       'driver': ('hint-latency-host', LATENCY_FLIPS)})


def nested_phased_run():
    """The switch in the nested guest as in nested_switch_run(), on the
    phased engine, without the hint changes."""
    return on_phased(Run('bench-nested-switch',
                         ('switch-cost', SWITCH_ROUNDS, GAP_ROUNDS,
                          *NESTED_CPUS),
                         timeout=1200, kernel='host', smp=2,
                         files=pvgap_files,
                         nested={'cpu': HINTS_CPU, 'smp': 4,
                                 'kernel': NESTED_GUEST}))


NESTED_BED = ('nested KVM (host kernel under TCG with 2 vCPUs, pinned to '
              'one host CPU, so every nested vCPU is preempted often)')
UNPINNED_BED = ('nested KVM (host kernel under TCG with 2 vCPUs, not pinned: '
                'its vCPUs run on the machine\'s CPUs at once, so that the '
                'nested vCPUs are preempted only when the host has more to '
                'run than CPUs)')


def report_nested_engines(texts, summary):
    """Both engines in the nested guest, and whether the phased one met
    its goal with 4 vCPUs on the host's 2."""
    try:
        by_engine = check_engines(texts)
    except ValueError as e:
        die(f'bench {e}')
    log(f'\n== KVM, nested: both engines in a {NESTED_GUEST} guest with '
        f'{" and ".join(map(str, NESTED_CPUS))} vCPUs on the host\'s 2, '
        f'{2 * SWITCH_ROUNDS} switches with nothing else running, then '
        f'{2 * GAP_ROUNDS} with pvgap; CPU {SWITCHER} switches; every line '
        f'is from the {NESTED_BED} ==')
    figures = report_engines(by_engine, 'nested KVM', 'engines', summary)
    cpus = max(NESTED_CPUS)
    goal = engines_goal(figures, cpus)
    log(f'nested KVM, {cpus} vCPUs on the host\'s 2 (oversubscribed; the '
        'host is pinned to one CPU, so every nested vCPU is preempted '
        f'often): {goal}')
    summary.append(('nested KVM', f'phased engine\'s goal, {cpus} vCPUs',
                    goal))
    log('console logs: ' + ', '.join(f'{label}.log'
                                     for label, _ in texts.values()))


def bench_nested_switch(bed, summary):
    r = nested_switch_run()
    text = checked(timed_execute(bed, r), r.name)
    gtext = machine_text(text, True)
    rp = nested_phased_run()
    ptext = machine_text(checked(timed_execute(bed, rp), rp.name), True)
    log(f'\n== KVM, nested: the cost of a switch in a {NESTED_GUEST} guest, '
        'host kernel under TCG with 2 vCPUs ==')
    report_costs(switch_costs(gtext), r.name, summary, 'nested KVM',
                 NESTED_GUEST)
    report_nested_engines({'stop_machine': (r.name, gtext),
                           'phased': (rp.name, ptext)}, summary)
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


def lockbench_module(bed, kernel):
    """lockbench.ko, built against the guest kernel @kernel (built first)
    in a directory of its own under the build directory."""
    kdir = build_kernel(bed, kernel)
    mdir = bed.out / 'lockbench' / kernel
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


def run_ratio_interval(xs, ys):
    """The mean rate of a run over that of another, @xs and @ys [[rate
    of each block] of each phase], phases of the same length: a run's
    rate is the mean over its phases of the arithmetic mean of each
    phase's blocks.  The interval is a t interval on the logarithm of
    the ratio, whose variance comes from the phases' by the delta method
    and whose degrees of freedom from Welch and Satterthwaite's
    approximation (rounded down)."""
    if len(xs) != len(ys) or not xs or \
            any(len(p) < 2 or min(p) <= 0 for p in xs + ys):
        raise ValueError(f'no interval of {xs} over {ys}')

    def mean_parts(phases):
        """The run's rate, and [(variance, degrees of freedom)] of each
        phase's part of the variance of its logarithm."""
        rate = statistics.fmean(statistics.fmean(p) for p in phases)
        return rate, [(statistics.variance(p) / len(p) /
                       (len(phases) * rate) ** 2, len(p) - 1)
                      for p in phases]
    (rx, px), (ry, py) = mean_parts(xs), mean_parts(ys)
    n = min(sum(map(len, xs)), sum(map(len, ys)))
    var = sum(v for v, _ in px + py)
    if var == 0:
        return Interval(rx / ry, rx / ry, rx / ry, n)
    df = var ** 2 / sum(v ** 2 / d for v, d in px + py)
    half = t975(max(1, math.floor(df))) * math.sqrt(var)
    return Interval(rx / ry, rx / ry * math.exp(-half),
                    rx / ry * math.exp(half), n)


def ratio_interval(xs, ys):
    """The geometric mean of @xs over that of @ys, independent samples,
    with Welch's t interval on the difference of their mean logarithms
    (degrees of freedom rounded down)."""
    if len(xs) < 2 or len(ys) < 2 or min(*xs, *ys) <= 0:
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

# Each block runs each of these for LB_SECS, in this order: lockbench.ko
# without a shared lock (the reference), with spin_lock() and with
# spin_lock_irq(), and pvload msg.
LB_SECS = 2
LB_WORKS = ('free', 'lock', 'irq', 'msg')
WORK_NAMES = {'lock': 'lockbench spin_lock acquisitions/s',
              'irq': 'lockbench spin_lock_irq acquisitions/s',
              'msg': 'pvload msg round trips/s'}
# vCPUs online in the guest, on the host's 2
REGIMES = {2: 'undersubscribed', 4: 'oversubscribed'}
# The modes that the host's hint switches, and the hint of each: both run
# in one boot, in ABBA order, ABBA_PAIRS pairs of blocks in each regime
# after a first block that is left out.
SWITCHED = {'native': 1, 'paravirt': 0}
ABBA_PAIRS = 8
# The modes that a boot fixes, (mode, kvm_pvspin_alt) as the guest reports
# them: ALT_BOOTS boots of each, interleaved, each with ALT_BLOCKS blocks
# in each regime after a first one left out, with the hint of ALT_HINTS.
ALT_MODES = {'tas': ('native', 'tas'), 'hint-wait': ('paravirt', 'hint-wait')}
ALT_BOOTS = 4
ALT_BLOCKS = 2
ALT_HINTS = {2: 1, 4: 0}

BLOCK = re.compile(r'^pvrt: block (\d+): (\w+) ([\w-]+), (\d) vCPUs, '
                   r'hints ([01])$', re.M)
WORK_RUN = re.compile(r'^pvrt: run (\w+)$', re.M)
MSG_TRIPS = re.compile(r'^pvload: msg (\d+) pairs: (\d+) round trips in '
                       r'(\d+)s$', re.M)


class Block:
    """One block of bench-lock.sh: the guest's mode, its vCPUs online and
    the hint, and the result of each work, a LockRun or, for msg, round
    trips per second."""

    def __init__(self, index, mode, alt, cpus, hints):
        self.index = index
        self.mode, self.alt = mode, alt
        self.cpus, self.hints = cpus, hints
        self.runs = {}

    def rate(self, work):
        run = self.runs[work]
        return run if work == 'msg' else run.rate

    def norm(self, work):
        """The rate of @work over that of the lock-free reference."""
        return self.rate(work) / self.rate('free')


def parse_blocks(text, works=LB_WORKS):
    """The Blocks of bench-lock.sh in @text, numbered from 0 on, each with
    every one of @works in that order and a complete result of each;
    ValueError if not."""
    marks = list(BLOCK.finditer(text))
    blocks = []
    for k, m in enumerate(marks):
        if int(m.group(1)) != k:
            raise ValueError(f'block {m.group(1)} where block {k} was due')
        blk = Block(k, m.group(2), m.group(3), int(m.group(4)),
                    int(m.group(5)))
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        runs = list(WORK_RUN.finditer(text, m.end(), end))
        if tuple(w.group(1) for w in runs) != tuple(works):
            raise ValueError(f'block {k}: ran {[w.group(1) for w in runs]}, '
                             f'not {list(works)}')
        for j, w in enumerate(runs):
            part = text[w.end():runs[j + 1].start() if j + 1 < len(runs)
                        else end]
            if w.group(1) == 'msg':
                msg = MSG_TRIPS.findall(part)
                if len(msg) != 1 or int(msg[0][0]) != blk.cpus:
                    raise ValueError(f'block {k}: no pvload msg result '
                                     f'with {blk.cpus} pairs')
                blk.runs['msg'] = int(msg[0][1]) / int(msg[0][2])
                continue
            try:
                run = parse_lockbench(part)
            except ValueError as e:
                raise ValueError(f'block {k}: {e}') from None
            if run.mode != w.group(1) or len(run.acq) != blk.cpus:
                raise ValueError(f'block {k}: lockbench {run.mode} with '
                                 f'{len(run.acq)} threads for '
                                 f'{w.group(1)} on {blk.cpus} vCPUs')
            blk.runs[w.group(1)] = run
        blocks.append(blk)
    return blocks


# -- the boots ---------------------------------------------------------------

def abba_order(a, b, pairs):
    """The modes of one regime's blocks: one left out, then @pairs pairs
    in ABBA order, A first: a a b b a a b b a ..."""
    order = [a]
    for p in range(pairs):
        order += [a, b] if p % 2 == 0 else [b, a]
    return order


def abba_pairs(blocks, a, b, pairs):
    """[(block in @a, block in @b)] of one regime's blocks, the first one
    left out, adjacent blocks paired; ValueError if a block is missing,
    extra or not in the mode that abba_order() gives it."""
    want = abba_order(a, b, pairs)
    got = [blk.mode for blk in blocks]
    if got != want:
        raise ValueError(f'blocks in {" ".join(got)}, not '
                         f'{" ".join(want)}')
    kept = blocks[1:]
    return [(x, y) if x.mode == a else (y, x)
            for x, y in zip(kept[0::2], kept[1::2])]


def lock_run(name, cpu, args, phases):
    """A guest-inline guest of 4 vCPUs, booted with CPU model @cpu and
    kernel arguments @args, through the blocks of bench-lock.sh, each
    (vCPUs online, hints)."""
    block = LB_SECS * len(LB_WORKS) + 30
    return Run(name, ('bench-lock', LB_SECS, ','.join(LB_WORKS),
                      *(f'{c}:{h}' for c, h in phases)),
               timeout=300 + len(phases) * block, kernel='host', smp=2,
               args=args,
               files=lambda bed: [('/bin/pvload', harness_tool(bed, 'pvload')),
                                  ('/lib/modules/lockbench.ko',
                                   lockbench_module(bed, NESTED_GUEST))],
               nested={'cpu': cpu, 'smp': 4, 'kernel': NESTED_GUEST,
                       'driver': ('hint-phases-host', block,
                                  *(h for _, h in phases))})


def abba_run():
    """Both switched modes in one boot, in ABBA order in each regime."""
    phases = [(cpus, SWITCHED[m]) for cpus in REGIMES
              for m in abba_order('native', 'paravirt', ABBA_PAIRS)]
    return lock_run('bench-abba', HINTS_CPU, '', phases)


def alt_run(alt, k):
    """Boot @k of kvm_pvspin_alt=@alt."""
    phases = [(cpus, ALT_HINTS[cpus]) for cpus in REGIMES
              for _ in range(1 + ALT_BLOCKS)]
    return lock_run(f'bench-alt-{alt}-{k}', HINTS_CPU,
                    f'kvm_pvspin_alt={alt}', phases)


def alt_runs():
    """[(mode, boot)] of the modes that a boot fixes, interleaved."""
    return [(alt, alt_run(alt, k)) for k in range(1, ALT_BOOTS + 1)
            for alt in ALT_MODES]


def regime_blocks(blocks, cpus):
    return [blk for blk in blocks if blk.cpus == cpus]


def abba_results(text):
    """{vCPUs: [(native block, paravirt block)]} of the ABBA boot."""
    blocks = parse_blocks(text)
    if len(blocks) != len(REGIMES) * (1 + 2 * ABBA_PAIRS):
        raise ValueError(f'{len(blocks)} blocks')
    pairs = {}
    for cpus in REGIMES:
        mine = regime_blocks(blocks, cpus)
        for blk in mine:
            if blk.alt != 'none' or blk.hints != SWITCHED[blk.mode]:
                raise ValueError(f'block {blk.index}: {blk.mode} '
                                 f'{blk.alt} with hints {blk.hints}')
        pairs[cpus] = abba_pairs(mine, 'native', 'paravirt', ABBA_PAIRS)
    return pairs


def alt_results(alt, text):
    """{vCPUs: [block]} of a boot of kvm_pvspin_alt=@alt, the first block
    of each regime left out."""
    blocks = parse_blocks(text)
    if len(blocks) != len(REGIMES) * (1 + ALT_BLOCKS):
        raise ValueError(f'{len(blocks)} blocks')
    kept = {}
    for cpus in REGIMES:
        mine = regime_blocks(blocks, cpus)
        for blk in mine:
            if (blk.mode, blk.alt) != ALT_MODES[alt] or \
                    blk.hints != ALT_HINTS[cpus]:
                raise ValueError(f'block {blk.index}: {blk.mode} {blk.alt} '
                                 f'with hints {blk.hints}')
        if len(mine) != 1 + ALT_BLOCKS:
            raise ValueError(f'{len(mine)} blocks with {cpus} vCPUs')
        kept[cpus] = mine[1:]
    return kept


def geomean(values):
    return math.exp(statistics.fmean(math.log(v) for v in values))


def tail_figures(blocks, work):
    """Fairness and wait times of @work over @blocks: median and worst
    fairness, median and worst p99, longest wait."""
    runs = [blk.runs[work] for blk in blocks]
    fair = [r.fairness for r in runs]
    p99 = [r.p99 for r in runs]
    worst = (f'{max(fair):.2f}' if max(fair) < math.inf else
             'a thread took none')
    return (f'fairness max/min median {median(fair):.2f} (worst {worst}), '
            f'wait p99 median {median(p99) / 1e3:.1f} us (worst '
            f'{max(p99) / 1e3:.1f}), longest '
            f'{max(r.max for r in runs) / 1e6:.1f} ms')


def bench_modes(bed, summary):
    """The switched modes in ABBA order in one boot; the modes that a
    boot fixes over boots, normalised by their lock-free reference."""
    r = abba_run()
    text = machine_text(checked(timed_execute(bed, r), r.name), True)
    try:
        pairs = abba_results(text)
    except ValueError as e:
        die(f'bench {r.name}: {e}; log {r.name}.log')
    alt = {}
    for mode, ra in alt_runs():
        atext = machine_text(checked(timed_execute(bed, ra), ra.name),
                             True)
        try:
            got = alt_results(mode, atext)
        except ValueError as e:
            die(f'bench {ra.name}: {e}; log {ra.name}.log')
        for cpus, blocks in got.items():
            alt.setdefault((mode, cpus), []).append(blocks)
    works = [w for w in LB_WORKS if w != 'free']
    log(f'\n== KVM, nested: throughput of each mode, a {NESTED_GUEST} guest '
        f'with 2 or 4 vCPUs online on the host\'s 2 (host kernel under '
        f'TCG); each block runs {", ".join(LB_WORKS)} for {LB_SECS}s; '
        'geometric means with 95 % confidence intervals ==')
    for cpus, regime in REGIMES.items():
        log(f'-- {regime}: {cpus} guest vCPUs on 2 host vCPUs')
        log(f'native and paravirt switched by the host\'s hint in one boot '
            f'({r.name}), {ABBA_PAIRS} ABBA pairs of blocks after one left '
            'out:')
        for work in works:
            iv = log_interval([p.rate(work) / n.rate(work)
                               for n, p in pairs[cpus]])
            log(f'  {WORK_NAMES[work]}: paravirt/native {iv}, n={iv.n} '
                f'pairs: {iv.verdict()}')
            summary.append(('nested KVM', f'{regime}, {work}',
                            f'paravirt/native {iv} n={iv.n} pairs, '
                            f'{iv.verdict()}'))
        booted = {'native': [n for n, _ in pairs[cpus]],
                  'paravirt': [p for _, p in pairs[cpus]]}
        log(f'normalised by the lock-free reference of the same block '
            f'(native and paravirt: over the {ABBA_PAIRS} blocks of each; '
            f'tas and hint-wait: over {ALT_BOOTS} boots each, interleaved, '
            f'{ALT_BLOCKS} blocks a boot after one left out):')
        for work in works:
            norm = {m: [b.norm(work) for b in blks]
                    for m, blks in booted.items()}
            for mode in ALT_MODES:
                norm[mode] = [geomean([b.norm(work) for b in blks])
                              for blks in alt[(mode, cpus)]]
            log(f'  {WORK_NAMES[work]} / reference:')
            for mode, values in norm.items():
                log(f'    {mode:9} {log_interval(values)}, n={len(values)}')
            row = []
            for mode in ALT_MODES:
                for other in SWITCHED:
                    iv = ratio_interval(norm[mode], norm[other])
                    log(f'    {mode}/{other} {iv}: {iv.verdict()}')
                    row.append(f'{mode}/{other} {iv} {iv.verdict()}')
            summary.append(('nested KVM', f'{regime}, {work}, normalised',
                            '; '.join(row)))
        log('fairness and wait for the lock, over the blocks of each mode:')
        for work in ('lock', 'irq'):
            if work not in works:
                continue
            log(f'  {WORK_NAMES[work].split(" acq")[0]}:')
            blocks = dict(booted)
            for mode in ALT_MODES:
                blocks[mode] = [b for blks in alt[(mode, cpus)] for b in blks]
            for mode, blks in blocks.items():
                figures = tail_figures(blks, work)
                log(f'    {mode:9} {figures}')
                if work == 'lock':
                    summary.append(('nested KVM', f'{regime}, lock, {mode}',
                                    figures))
        ref = [b.runs['free'] for b in booted['native'] + booted['paravirt']]
        log(f'  lock-free reference, native and paravirt blocks: fairness '
            f'max/min median {median([r.fairness for r in ref]):.2f}, '
            f'p50 of the time between the two clock reads, median '
            f'{median([r.p50 for r in ref])} ns')


# -- KVM: the automatic mode against fixed choices, nested ----------------

# The host's load in each phase of AUTO_LOAD_SECS, as auto-phases-host.sh
# takes it: CPU hogs per CPU, as in the scenario auto, or the guest's two
# vCPUs packed on one host CPU, where a queued spinlock hands the lock to
# a waiter that is not running; under a guest of 2 vCPUs running
# lockbench spin_lock in blocks of LB_SECS, each after 1 s of the
# lock-free reference, which measures how much CPU the vCPUs got: the
# bed's speed drifts within a boot and between boots by more than the
# differences sought (the same mode has run 1.4 times as fast in one
# boot as in another), and a rate over the reference's takes that out,
# as in the throughput part.  The host's QEMU is not pinned: pinned, the
# host's two vCPUs share one CPU, so that the guest is oversubscribed in
# every phase without its steal time showing it, and the automatic mode
# has nothing to follow.  And each choice of lock ops
# that meets the load: (CPU model, kernel arguments, whether the host
# offers the dynamic hints, whether it sets KVM_HINTS_REALTIME with the
# load).
AUTO_LOAD_SECS = 40
AUTO_LOAD_PHASES = (0, 1, 'packed', 0)
AUTO_LOAD_CHOICES = {
    'auto': (HINTS_CPU, AUTO, False, False),
    'native': (HINTS_CPU, '', False, False),
    'paravirt': (GUEST_CPU, '', False, False),
    'tas': (HINTS_CPU, 'kvm_pvspin_alt=tas', False, False),
    'hint-wait': (HINTS_CPU, 'kvm_pvspin_alt=hint-wait', True, True),
    'host-hint': (HINTS_CPU, '', True, True),
}
AUTO_REPORT = re.compile(r'^pvrt: auto ([\d.]+) (\w+)$')
LAST_SWITCH = re.compile(r'^last switch: (\d+) ns$', re.M)


def auto_load_run(choice):
    """The changing host load under @choice of AUTO_LOAD_CHOICES."""
    cpu, args, feature, hints = AUTO_LOAD_CHOICES[choice]
    total = len(AUTO_LOAD_PHASES) * AUTO_LOAD_SECS
    return Run(f'bench-auto-{choice}', ('auto-load', total + 10, LB_SECS),
               timeout=total + 600, kernel='host', smp=2, args=args,
               files=lambda bed: [('/lib/modules/lockbench.ko',
                                   lockbench_module(bed, NESTED_GUEST))],
               nested={'cpu': cpu, 'smp': 2, 'kernel': NESTED_GUEST,
                       'hints_feature': feature, 'pin': False,
                       'driver': ('auto-phases-host',
                                  *(('--hints',) if hints else ()),
                                  AUTO_LOAD_SECS, *AUTO_LOAD_PHASES)})


def auto_load_results(gtext, htext):
    """([Blocks of each phase], phases, modes) of one run of
    auto_load_run(): the guest's console @gtext, the host's @htext.  A
    block counts in a phase if it began after the guest report that
    marks the phase's start and before the next phase's mark, so that
    the block during which the load changed counts nowhere.  ValueError
    if the phases are not AUTO_LOAD_PHASES, the host saw no mode, or a
    block has no report."""
    blocks = parse_blocks(gtext, works=('free', 'lock'))
    phases, modes = auto_timeline(htext)
    if [h for h, _ in phases] != list(AUTO_LOAD_PHASES):
        raise ValueError(f'phases of {[h for h, _ in phases]} hogs, not '
                         f'{list(AUTO_LOAD_PHASES)}')
    if not modes:
        raise ValueError('the host saw no mode in the guest\'s reports')
    began, last = {}, None
    for ln in gtext.splitlines():
        m = AUTO_REPORT.match(ln)
        if m:
            last = float(m.group(1))
        m = BLOCK.match(ln)
        if m:
            if last is None:
                raise ValueError(f'block {m.group(1)} without a report')
            began[int(m.group(1))] = last
            last = None
    marks = [t for _, t in phases] + [math.inf]
    per = [[b for b in blocks if marks[k] < began[b.index] < marks[k + 1]]
           for k in range(len(phases))]
    return per, phases, modes


def auto_winner(per_choice, k):
    """The line that says which choice of @per_choice ({choice: [Blocks
    of each phase]}) had the most acquisitions over the reference in
    phase @k, by geometric mean, and by how much over the next, with its
    interval and verdict."""
    rates = {c: [b.norm('lock') for b in per[k]]
             for c, per in per_choice.items() if len(per[k]) >= 2}
    if len(rates) < 2:
        return 'not judged: fewer than two choices with two blocks'
    ranked = sorted(rates, key=lambda c: geomean(rates[c]), reverse=True)
    iv = ratio_interval(rates[ranked[0]], rates[ranked[1]])
    return (f'{ranked[0]}, {ranked[0]}/{ranked[1]} {iv} n={iv.n}: '
            f'{iv.verdict()}')


def auto_whole_run(per_choice):
    """Log each choice's rate over the whole run of @per_choice ({choice:
    [Blocks of each phase]}) and auto's over it; return a line that says
    which fixed choices auto beat, lost to, or could not be told from."""
    rates = {c: [[b.norm('lock') for b in p] for p in per]
             for c, per in per_choice.items()}
    verdicts = {}
    for choice, phases in rates.items():
        if any(len(p) < 2 for p in phases):
            log(f'  {choice:9} not judged: a phase with fewer than two '
                'blocks')
            continue
        rate = statistics.fmean(statistics.fmean(p) for p in phases)
        if choice == 'auto':
            log(f'  {choice:9} {rate:.4f}')
            continue
        try:
            iv = run_ratio_interval(rates['auto'], phases)
        except (KeyError, ValueError):
            log(f'  {choice:9} {rate:.4f}; auto not judged against it')
            continue
        verdict = iv.verdict()
        log(f'  {choice:9} {rate:.4f}; auto/{choice} {iv} n={iv.n}: '
            f'{verdict}')
        side = ('unresolved' if verdict != 'resolved' else
                'beat' if iv.value > 1 else 'lost to')
        verdicts.setdefault(side, []).append(f'{choice} {iv.value:.3f}')
    line = '; '.join(f'{side} {", ".join(verdicts[side])}'
                     for side in ('beat', 'lost to', 'unresolved')
                     if side in verdicts)
    line = f'auto {line}' if line else 'auto not judged'
    log(f'  {line}')
    return line


def bench_auto_load(bed, summary):
    """Each choice of AUTO_LOAD_CHOICES under the same changing host
    load: lockbench spin_lock throughput and wait tail in each phase,
    the winner of each phase and of the whole run, and when the
    automatic mode switched.  Its bed resets nested machines now and
    then (see auto_load_run()): a boot that failed is reported, and the
    other choices are compared without it, unless it is auto's.  Return
    the number of boots that failed."""
    per_choice, timelines, failed = {}, {}, {}
    for choice in AUTO_LOAD_CHOICES:
        r = auto_load_run(choice)
        res = timed_execute(bed, r)
        if res.reasons or res.failed_checks:
            failed[choice] = (', '.join(res.reasons + res.failed_checks) +
                              f'; log {res.logfile}')
            if choice == 'auto':
                die(f'bench {r.name}: {failed[choice]}')
            log(f'pvrt bench: {r.name} failed: {failed[choice]}')
            continue
        text = res.text
        try:
            per, phases, modes = auto_load_results(machine_text(text, True),
                                                   machine_text(text, False))
        except ValueError as e:
            die(f'bench {r.name}: {e}; log {r.name}.log')
        per_choice[choice] = per
        timelines[choice] = (phases, modes, machine_text(text, True))
    pinned = auto_load_run('auto').pinned(bed)
    log(f'\n== KVM, nested: the automatic mode against fixed choices, a '
        f'{NESTED_GUEST} guest of 2 vCPUs on the host\'s 2 under '
        f'lockbench spin_lock in blocks of {LB_SECS}s, each after 1 s of '
        f'its lock-free reference, while the host\'s load changes in '
        f'phases of {AUTO_LOAD_SECS}s: '
        f'{", ".join(map(load_name, AUTO_LOAD_PHASES))}; a block during '
        f'which the load changed counts nowhere; geometric means of '
        f'acquisitions over the reference\'s iterations, with 95 % '
        f'intervals, and of acquisitions/s; '
        f'{NESTED_BED if pinned else UNPINNED_BED} ==')
    for choice, why in failed.items():
        log(f'-- {choice}: not measured, its boot failed: {why}')
        summary.append(('nested KVM', f'changing host, {choice}',
                        'not measured: its boot failed'))
    for k, load in enumerate(AUTO_LOAD_PHASES):
        log(f'-- phase {k}: {load_name(load)}')
        for choice, per in per_choice.items():
            blks = per[k]
            if len(blks) < 2:
                log(f'  {choice:9} {len(blks)} blocks: not measured')
                continue
            iv = log_interval([b.norm('lock') for b in blks])
            log(f'  {choice:9} {iv}, n={iv.n}, '
                f'{geomean([b.rate("lock") for b in blks]):.0f}/s; '
                f'{tail_figures(blks, "lock")}')
        win = auto_winner(per_choice, k)
        log(f'  most acquisitions: {win}')
        summary.append(('nested KVM', f'changing host, phase {k} '
                        f'({load_name(load)})', f'most acquisitions: {win}'))
    log('-- the whole run: acquisitions over the reference, the mean over '
        'the phases of the mean of their blocks that count, and auto over '
        'each fixed choice with its 95 % interval')
    verdicts = auto_whole_run(per_choice)
    summary.append(('nested KVM', 'changing host, whole run', verdicts))
    phases, modes, gtext = timelines['auto']
    changes = []
    for mode, t in modes[1:]:
        k = max((j for j, (_, start) in enumerate(phases) if start <= t),
                default=None)
        if k is not None:
            changes.append(f'{mode} {t - phases[k][1]:.1f}s into phase {k}')
    switch = LAST_SWITCH.findall(gtext)
    took = (f'{int(switch[-1]) / 1e6:.1f} ms' if switch else
            'a time the log does not show')
    log(f'-- the automatic mode: booted {modes[0][0] if modes else "?"}; '
        f'changed to {", ".join(changes) or "nothing"}, as the reports '
        f'before each block showed (every {LB_SECS + 1}s or so, a block '
        f'and its reference); its last switch took {took}')
    log('console logs: ' + ', '.join(f'bench-auto-{c}.log'
                                     for c in AUTO_LOAD_CHOICES))
    return len(failed)


# -- the whole benchmark ---------------------------------------------------

# The parts of pvrt bench, in the order it runs them.
BENCH_PARTS = ('fast-path', 'sites', 'switch', 'nested-switch', 'modes',
               'auto')


def bench_runs(parts=BENCH_PARTS):
    """Every boot of pvrt bench's @parts, in order."""
    runs = {'switch': [switch_tcg_run(name, engine)
                       for name in SWITCH_CONFIGS for engine in ENGINES
                       if name in ENGINE_CONFIGS[engine]],
            'nested-switch': [nested_switch_run(), nested_phased_run()],
            'modes': [abba_run()] + [r for _, r in alt_runs()],
            'auto': [auto_load_run(c) for c in AUTO_LOAD_CHOICES]}
    return [r for part in BENCH_PARTS if part in parts
            for r in runs.get(part, [])]


def bench_estimate(runs, times):
    """Lines that say how long bench takes here, from @times
    (load_times(bed)): the kernels from scratch, and the boots of @runs as
    long as they took the last time, or their timeouts for those never
    timed here."""
    built = times.get('build', {})
    kernels = list(dict.fromkeys(GUESTS + [k for r in runs
                                           for k in r.kernels()]))
    cold = sum(built.get(k, BUILD_CPU_SECONDS / JOBS) for k in kernels)
    took = times.get('bench', {})
    known = [r for r in runs if r.name in took]
    boots = sum(took[r.name] for r in known)
    bound = sum(r.timeout for r in runs if r.name not in took)
    lines = [f'pvrt bench: {len(kernels)} kernels to build: about '
             f'{minutes(cold)} from scratch, seconds if they are built and '
             'unchanged']
    if not bound:
        lines.append(f'pvrt bench: {len(runs)} boots: about '
                     f'{minutes(boots)}, as the last time')
    elif not known:
        lines.append(f'pvrt bench: {len(runs)} boots, none timed here yet: '
                     f'at most {minutes(bound)} (their timeouts)')
    else:
        lines.append(f'pvrt bench: {len(runs)} boots: about '
                     f'{minutes(boots)} for the {len(known)} timed here '
                     f'before, at most {minutes(bound)} for the others '
                     '(their timeouts)')
    return lines


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


def bench_fast_path(bed, summary):
    """The uncontended lock/unlock pair of each mode, on the host CPU."""
    log('\n== the uncontended fast path, on this machine\'s CPU ==')
    out = run([str(harness_tool(bed, 'lockpair'))]).rstrip()
    log(out)
    m = re.search(r'^paravirt - native ([\d.]+) ns per pair, '
                  r'paravirt/native ([\d.]+)$', out, re.M)
    if not m:
        die('lockpair printed no difference')
    summary.append(('host CPU', 'uncontended lock+unlock pair',
                    f'paravirt - native {m.group(1)} ns, paravirt/native '
                    f'{m.group(2)}'))


def print_summary(summary):
    if not summary:
        return
    log(f'\n== summary: commit {source_commit()}, '
        f'{datetime.date.today().isoformat()}, {machine_name()}, '
        f'{os.cpu_count()} CPUs ==')
    width = [max(len(row[k]) for row in summary) for k in range(2)]
    for where, what, figures in summary:
        log(f'{where:{width[0]}} | {what:{width[1]}} | {figures}')


def cmd_bench(bed, args):
    parts = getattr(args, 'parts', None) or BENCH_PARTS
    unknown = [p for p in parts if p not in BENCH_PARTS]
    if unknown:
        die(f'bench: no part {", ".join(unknown)}; the parts are '
            f'{", ".join(BENCH_PARTS)}')
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu(bed)
    for line in bench_estimate(bench_runs(parts), load_times(bed)):
        log(line)
    t0 = time.time()
    summary = []
    if 'fast-path' in parts:
        bench_fast_path(bed, summary)
    for name in GUESTS if 'sites' in parts else ():
        kdir = build_kernel(bed, name)
        log(f'\n== {name}: call sites and sections of vmlinux ==')
        text = pvsites(bed, kdir)
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
    for name in SWITCH_CONFIGS if 'switch' in parts else ():
        bench_switch_tcg(bed, name, summary)
    if 'nested-switch' in parts:
        bench_nested_switch(bed, summary)
    if 'modes' in parts:
        bench_modes(bed, summary)
    failed = bench_auto_load(bed, summary) if 'auto' in parts else 0
    print_summary(summary)
    log(f'pvrt bench: took {minutes(time.time() - t0)}')
    if failed:
        log(f'pvrt bench: {failed} boots failed, and what they would have '
            'measured is missing')
        return 1
    return 0
