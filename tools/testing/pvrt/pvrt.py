#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Build, boot and check kernels for runtime paravirt patching.

Commands:
  demo              boot the guest under TCG with locktorture and show its
                    spinlock implementation and throughput
  check [SCEN...]   run the test scenarios (all, or the ones named) and
                    report KTAP; the last line is
                    "N passed, N failed, N retried", and the exit status
                    1 if a run failed, else 3 if a boot was run again
                    because QEMU failed before the kernel printed anything
  bench             print benchmark figures
  kvm-selftests [--base REV]
                    run every KVM selftest in the host kernel and, with
                    --base, in one built from REV: fail if a test that
                    passes there does not pass here; without --base, if
                    any test neither passes nor skips
  cross-kvm         compile virt/kvm/ and arch/arm64/kvm/ for arm64 with
                    Debian's aarch64-linux-gnu-gcc; fail if a file does not
                    compile
  judge LOG...      judge stored logs of runs again, as check did, and
                    report KTAP; the exit status is 1 if one fails
  list              list the scenarios
  selftest          run the harness's own unit tests, on stored console
                    text; they boot nothing

Kernels are built out of tree under tools/testing/pvrt/build/ (or
$PVRT_OUT) from the fragments in tools/testing/pvrt/configs/, with ccache.
"""


import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from pvrt_kernel import (BUILD_CPU_SECONDS, CROSS_KVM_ARCH, CROSS_KVM_DIRS,
                         JOBS, PKGS_BOOT, PKGS_BUILD, PKGS_CROSS,
                         PKGS_SELFTEST, SRC, Bed, build_cross_kvm,
                         build_kernel, die,
                         ensure_packages, load_times, log, minutes,
                         save_times)
from pvrt_parser import log_tail
from pvrt_judge import console, judge, records, result_name
from pvrt_machine import (RETRIED, Result, all_kvm_selftests, ensure_qemu,
                          execute)
from pvrt_scenarios import (SCENARIOS, TORTURE_SECS, kvm_selftest_results,
                            kvm_selftests_run)
from pvrt_bench import (BENCH_PARTS, bench_runs, cmd_bench, cmd_demo,
                        demo_runs)


def estimate(bed, kernels, runs, repeat=1):
    """Lines that say what check will build and roughly how long it
    takes here: from scratch and with every kernel built already, with
    each scenario run @repeat times."""
    times = load_times(bed)
    built = times.get('build', {})
    default = BUILD_CPU_SECONDS / JOBS
    cold = sum(built.get(k, default) for k in kernels)
    known = [n for n in runs if n in times.get('scenario', {})]
    boots = repeat * sum(times['scenario'][n] for n in known)
    bound = repeat * sum(r.timeout for n in runs if n not in known
                         for r in runs[n])
    lines = [f'pvrt: {len(kernels)} kernels to build ({", ".join(kernels)}):'
             f' about {minutes(cold)} from scratch on {JOBS} CPUs'
             f'{"" if built else " (a guess: none built here yet)"}, '
             'seconds if they are built and unchanged']
    if not known:
        lines.append(f'pvrt: {len(runs)} scenarios, none timed here yet: at '
                     f'most {minutes(bound)} (their timeouts)')
    elif bound:
        lines.append(f'pvrt: {len(runs)} scenarios: about {minutes(boots)} '
                     f'for the {len(known)} run here before, at most '
                     f'{minutes(bound)} for the others (their timeouts)')
    else:
        lines.append(f'pvrt: {len(runs)} scenarios: about {minutes(boots)}, '
                     'as the last time')
    return lines


def report(num, r, res, scenario, indent='    '):
    """Print a run's verdict as a KTAP result, of its scenario's subtest
    with @indent; return whether it passed."""
    for note in res.notes:
        log(f'{indent}# {r.name}: {note}')
    for line in res.verdict.lines:
        log(f'{indent}# {line}')
    if res.elapsed:
        log(f'{indent}# {r.name}: {res.elapsed:.0f}s')
    if not res.ok:
        log(f'{indent}# log: {res.logfile}')
        for line in log_tail(console(res.text)):
            log(f'{indent}# | {line}')
    log(f'{indent}{"ok" if res.ok else "not ok"} {num} '
        f'{result_name(r, scenario)}')
    return res.ok


def why_failed(r, res):
    """A line that says why run @r failed, from its result @res."""
    why = res.verdict.reasons + [f'check failed: {d}'
                                 for d in res.verdict.failed_checks]
    return f'{r.name}: {"; ".join(why) or "failed"}'


def run_scenario(bed, num, name, runs, tag=''):
    """Run one scenario as a KTAP subtest; return the logs of its runs
    that failed, none if it passed, each with why_failed()."""
    log('    KTAP version 1')
    log(f'    # Subtest: {name}')
    log(f'    1..{len(runs)}')
    failed = []
    for i, r in enumerate(runs, 1):
        res = execute(bed, r, tag)
        if not report(i, r, res, name):
            failed.append((res.logfile, why_failed(r, res)))
    log(f'{"not ok" if failed else "ok"} {num} {name}')
    return failed


def cmd_check(bed, args):
    names = args.scenarios or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        die(f'unknown scenario {", ".join(unknown)}; '
            f'known: {", ".join(SCENARIOS)}')
    if args.repeat < 1:
        die('--repeat takes a number of times, 1 or more')
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu(bed)
    runs = {name: SCENARIOS[name]() for name in names}
    kernels = list(dict.fromkeys(k for rs in runs.values() for r in rs
                                 for k in r.kernels()))
    for line in estimate(bed, kernels, runs, args.repeat):
        log(line)
    for kernel in kernels:
        build_kernel(bed, kernel)
    todo = [(name, f'.{k}' if args.repeat > 1 else '')
            for k in range(1, args.repeat + 1) for name in names]
    log('KTAP version 1')
    log(f'1..{len(todo)}')
    passed, whys = 0, []
    t0 = time.time()
    for num, (name, tag) in enumerate(todo, 1):
        log(f'# [{num}/{len(todo)}] {name}: started at '
            f'+{minutes(time.time() - t0)}')
        t1 = time.time()
        logs = run_scenario(bed, num, name, runs[name], tag)
        took = time.time() - t1
        times = load_times(bed)
        times.setdefault('scenario', {})[name] = round(took)
        save_times(bed, times)
        log(f'# [{num}/{len(todo)}] {name}: '
            f'{"FAILED" if logs else "passed"} in {minutes(took)}'
            + ''.join(f', log {f}' for f, _ in logs))
        # Again after the logs' tails, which push the verdicts far up.
        lines = [f'# [{num}/{len(todo)}] {why}' for _, why in logs]
        for line in lines:
            log(line)
        if lines:
            whys.append(lines)
        else:
            passed += 1
    for line in totals(passed, whys):
        log(line)
    # A boot run again passes only for what it showed itself, but the
    # QEMU failure before it still fails the command.
    return 1 if whys else 3 if RETRIED else 0


def totals(passed, whys):
    """check's last lines: why each run failed again, from @whys (one
    list of lines per failed scenario), so that the end of the output
    names them however long the runs' logs were, then the counts."""
    lines = [line for scenario in whys for line in scenario]
    if lines:
        lines.insert(0, f'# failed, {len(lines)} runs:')
    return lines + [
        f'# Totals: pass:{passed} fail:{len(whys)} retried:{len(RETRIED)}',
        f'{passed} passed, {len(whys)} failed, {len(RETRIED)} retried']


def known_runs():
    """{run name: (scenario, or the command that boots it, run)} of every
    run that check, bench and demo boot."""
    runs = {}
    for scen, make in SCENARIOS.items():
        runs.update((r.name, (scen, r)) for r in make())
    runs.update((r.name, ('bench', r)) for r in bench_runs())
    runs.update((r.name, ('demo', r)) for r in demo_runs())
    return runs


def cmd_judge(_bed, args):
    """Judge stored logs again, each on its own, with the judge that
    check uses."""
    runs = known_runs()
    log('KTAP version 1')
    log(f'1..{len(args.logs)}')
    failed = 0
    for num, path in enumerate(args.logs, 1):
        try:
            text = path.read_text(errors='replace')
        except OSError as e:
            die(f'{path}: {e.strerror}')
        name = dict(records(text)).get('run')
        if name is None:
            die(f'{path}: no "#pvrt run:" record; not a log of pvrt')
        if name not in runs:
            die(f'{path}: a log of run {name}, which pvrt does not know')
        scen, r = runs[name]
        log(f'# {path}: run {name} of {scen}')
        res = Result(path, text, judge(r, text), 0, [])
        failed += not report(num, r, res, scen, indent='')
    log(f'# Totals: pass:{len(args.logs) - failed} fail:{failed}')
    return 1 if failed else 0


def base_tree(bed, rev):
    """A worktree of this tree at @rev, under the build directory."""
    res = subprocess.run(['git', '-C', str(SRC), 'rev-parse', '--short',
                          '--verify', f'{rev}^{{commit}}'],
                         capture_output=True, text=True, check=False)
    if res.returncode:
        die(f'--base {rev}: no such commit in {SRC}')
    wt = bed.out / f'src-{res.stdout.strip()}'
    if not wt.exists():
        subprocess.run(['git', '-C', str(SRC), 'worktree', 'add', '--detach',
                        str(wt), rev], check=True, capture_output=True)
    return wt


def cmd_kvm_selftests(bed, args):
    """Every KVM selftest in the host kernel (under TCG, as the nested
    scenarios run it) and, with --base, in one built from another commit
    with the same config.  Fails if a test that passes on the base does
    not on ours, or if our kernel shows a failure that the base does not."""
    if args.timeout < 1:
        die('--timeout takes a number of seconds, 1 or more')
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu(bed)
    kernels = [('ours', bed)]
    if args.base:
        kernels.append(('base',
                        bed.with_host_src(str(base_tree(bed, args.base)))))
    tests, unbuilt = all_kvm_selftests(bed)
    log(f'pvrt: {len(tests)} KVM selftests, each for at most '
        f'{args.timeout}s, on {len(kernels)} host kernels; '
        f'{len(unbuilt)} did not build: {", ".join(unbuilt) or "none"}')
    results, problems = {}, {}
    for label, kbed in kernels:
        kdir = build_kernel(kbed, 'host')
        res = execute(kbed, kvm_selftests_run(tests, args.timeout),
                      f'-{label}')
        got = kvm_selftest_results(res.text)
        results[label] = {b.name: got.get(b.name, 'no result')
                          for _, b in tests}
        problems[label] = res.reasons
        log(f'pvrt: {label}: {kdir.name} kernel, log {res.logfile}, '
            f'{sum(r == "pass" for r in results[label].values())} passed, '
            f'kernel failures: {", ".join(res.reasons) or "none"}')
    for _, binary in tests:
        log(f'  {binary.name:40} ' + '  '.join(
            f'{label}: {results[label][binary.name]}'
            for label, _ in kernels))
    failures = kvm_selftests_failures(results, problems)
    for why in failures:
        log(f'pvrt: {why}')
    log(f'pvrt: kvm-selftests: {"FAILED" if failures else "passed"}')
    return 1 if failures else 0


def kvm_selftests_failures(results, problems):
    """Why a kvm-selftests run fails, from @results, {'ours'[, 'base']:
    {test: result}}, and the kernel failures of each console, @problems.
    With a base, a test that passes there must pass on ours, and our
    console may show no failure that the base's does not; alone, every
    test must pass or skip, and the console show no failure."""
    ours = results['ours']
    if 'base' not in results:
        bad = [t for t, res in ours.items() if res not in ('pass', 'skip')]
        return ([f'neither passed nor skipped: {", ".join(bad)}']
                if bad else []) + \
            ([f'kernel failures: {", ".join(problems["ours"])}']
             if problems['ours'] else [])
    worse = [t for t, res in results['base'].items()
             if res == 'pass' and ours.get(t) != 'pass']
    new = [p for p in problems['ours'] if p not in problems['base']]
    return ([f'passed on base, not on ours: {", ".join(worse)}']
            if worse else []) + \
        ([f'kernel failures on ours only: {", ".join(new)}'] if new else [])


def cmd_cross_kvm(bed, _args):
    """Compile KVM's generic code and its arm64 code for arm64, so that a
    change that builds only for x86 fails."""
    ensure_packages(PKGS_BUILD + PKGS_CROSS)
    t0 = time.time()
    _, objs = build_cross_kvm(bed)
    log(f'pvrt: cross-kvm: {CROSS_KVM_ARCH} {" and ".join(CROSS_KVM_DIRS)} '
        f'built ({sum(len(o) for o in objs.values())} objects: '
        + ', '.join(f'{len(o)} in {d}' for d, o in objs.items())
        + f') in {time.time() - t0:.0f}s')
    return 0


def main():
    ap = argparse.ArgumentParser(prog='pvrt', description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    p = sub.add_parser('demo', help='boot the guest and show its spinlocks')
    p.add_argument('--seconds', type=int, default=TORTURE_SECS,
                   help='locktorture duration (default %(default)s)')
    p.add_argument('--nested', action='store_true',
                   help='in a KVM guest whose host changes the hint')
    p = sub.add_parser('check', help='run the test scenarios')
    p.add_argument('scenarios', nargs='*', metavar='SCENARIO')
    p.add_argument('--repeat', type=int, default=1, metavar='N',
                   help='run the scenarios N times (default 1)')
    p = sub.add_parser('bench', help='print benchmark figures')
    p.add_argument('parts', nargs='*', metavar='PART',
                   help='only these parts: ' + ', '.join(BENCH_PARTS))
    p = sub.add_parser('kvm-selftests',
                       help='run the KVM selftests in the host kernel')
    p.add_argument('--base', metavar='REV',
                   help='also in a host kernel built from REV, and compare')
    p.add_argument('--timeout', type=int, default=120, metavar='SECS',
                   help='kill a test after SECS (default 120)')
    sub.add_parser('cross-kvm',
                   help='compile virt/kvm/ and arch/arm64/kvm/ for arm64')
    p = sub.add_parser('judge', help='judge stored logs again')
    p.add_argument('logs', nargs='+', metavar='LOG', type=Path)
    sub.add_parser('list', help='list the scenarios')
    sub.add_parser('selftest', help="run the harness's own unit tests")
    args = ap.parse_args()
    if args.cmd == 'selftest':
        ensure_packages(PKGS_SELFTEST)
        import pvrt_test  # pylint: disable=import-outside-toplevel
        import unittest  # pylint: disable=import-outside-toplevel
        suite = unittest.defaultTestLoader.loadTestsFromModule(pvrt_test)
        res = unittest.TextTestRunner(verbosity=2).run(suite)
        return 0 if res.wasSuccessful() else 1
    if args.cmd == 'list':
        for name, fn in SCENARIOS.items():
            log(f'{name}: {len(fn())} run(s)')
        return 0
    return {'demo': cmd_demo, 'check': cmd_check, 'bench': cmd_bench,
            'kvm-selftests': cmd_kvm_selftests,
            'cross-kvm': cmd_cross_kvm,
            'judge': cmd_judge}[args.cmd](Bed(os.environ), args)


if __name__ == '__main__':
    sys.exit(main())
