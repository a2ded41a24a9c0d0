# SPDX-License-Identifier: GPL-2.0
"""The judge of the pvrt harness: one pure function from a run's
description and its log to a verdict, with every reason.

A log is the console of the machine plus the records that pvrt wrote
around it (lines that start with RECORD_PREFIX): which run it is, how the
machine ended, QEMU's exit status, what the steps of the run saw, and
where the CPUs were if the machine had to be stopped.  Nothing else goes
into a verdict, so a stored log can be judged again (pvrt judge LOG).
"""

import re

from pvrt_parser import (FAIL_PATTERNS, GUEST_PREFIX, KERNEL_BANNER, RESET,
                         classify, qemu_killed, whole_lines)


RECORD_PREFIX = '#pvrt '
RECORD = re.compile(r'^#pvrt ([a-z-]+): ?(.*)$', re.M)

# How a watched machine ended (the "end" record).  A machine that resets
# or powers off pauses instead of ending QEMU, so that it can still be
# looked at: that is how every run ends that finishes.
END_PAUSED = 'paused'           # reset or powered off by itself
END_EXITED = 'exited'           # QEMU ended by itself
END_TIMEOUT = 'timeout'         # "timeout SECS": pvrt stopped it
END_SILENT = 'silent'           # "silent SECS": no console output
END_STOPPED = 'stopped'         # stopped a grace period after a failure


def record(key, value=''):
    """A record line of a log."""
    return f'{RECORD_PREFIX}{key}: {value}'.rstrip() + '\n'


def records(text):
    """[(key, value)] of the records of a log, in order."""
    return [(m.group(1), m.group(2)) for m in RECORD.finditer(text)]


def console(text):
    """A log without its records: what the machine printed, after the
    QEMU command line."""
    return ''.join(ln for ln in text.splitlines(True)
                   if not ln.startswith(RECORD_PREFIX))


def machines_of(r, text):
    """{machine: its console lines} of a log."""
    lines = console(text).splitlines()
    if not r.nested:
        return {'guest': whole_lines(lines)}
    return {'host': whole_lines(ln for ln in lines
                                if not ln.startswith(GUEST_PREFIX)),
            'guest': whole_lines(ln[len(GUEST_PREFIX):] for ln in lines
                                 if ln.startswith(GUEST_PREFIX))}


def printed(r, text, what):
    """Whether a machine of run @r printed @what on a line of a log."""
    return any(what in ln for lines in machines_of(r, text).values()
               for ln in lines)


class Verdict:
    """What a log shows of its run: whether it passed, why it failed
    (@reasons: the machine's failures; @failed_checks: the run's checks
    that did not hold) and the report lines that say so."""

    def __init__(self, ok, reasons, failed_checks, lines, evidence):
        self.ok = ok
        self.reasons = reasons
        self.failed_checks = failed_checks
        self.lines = lines
        self.evidence = evidence


def qemu_failed(recs):
    """Whether QEMU itself ended with an error, from a log's records."""
    recs = dict(recs)
    return recs.get('end') == END_EXITED and recs.get('qemu-status') != '0'


def ending(r, text, recs):
    """Reasons why the machine's end is a failure, from its records and
    console."""
    ends = [v for k, v in recs if k == 'end']
    status = [v for k, v in recs if k == 'qemu-status']
    if not ends or not status:
        return ['the log has no record of how the machine ended']
    end, status = ends[-1].split(), int(status[-1])
    how = end[0]
    if how == END_TIMEOUT:
        return [f'timeout after {end[1]}s']
    if how == END_SILENT:
        return [f'no console output for {end[1]}s from either machine']
    if how == END_STOPPED:
        return []
    reasons = []
    if how == END_EXITED and status:
        # QEMU ending by itself, with an error, is QEMU's failure, or one
        # a guest drove it into; a machine that resets only pauses.
        reasons.append('QEMU failed while the kernel ran'
                       if KERNEL_BANNER.search(text) else
                       'QEMU failed before the kernel printed anything')
    machines = machines_of(r, text)
    # A kernel says goodbye before its machine resets; one that did not,
    # and printed no failure either, was reset or lost under it.  That
    # holds for the outer machine and, in a nested run, for the guest
    # inside it.
    lost = [m for m, lines in machines.items()
            if not any(RESET.search(ln) for ln in lines) and
            not any(p.search('\n'.join(lines)) for _, p in FAIL_PATTERNS)]
    inner = re.findall(r'^pvrt: guest QEMU exited with status (\d+)',
                       '\n'.join(machines['guest']), re.M)
    if how == END_EXITED:
        reasons.append(qemu_killed(text) or
                       f'QEMU exited by itself with status {status}')
    elif how == END_PAUSED and 'guest' in lost and inner and inner[-1] != '0':
        reasons.append(f'the guest\'s QEMU exited with status {inner[-1]}')
    elif how == END_PAUSED and lost:
        reasons.append('machine reset with no kernel message (' +
                       ', '.join(lost) + ')')
    return reasons


def stuck_on_cpus(r, evidence):
    """Whether the monitor's evidence shows the run's r.stuck on every
    CPU, or on one at least: of the machine that runs the script, so in
    a nested run of the guest, from its QEMU."""
    pat, every, _ = r.stuck
    cpus = {}
    prefix = 'guest ' if r.nested else ''
    for n in evidence:
        m = re.match(rf'{prefix}(CPU#\d+): (.*)', n)
        if m:
            cpus[m.group(1)] = cpus.get(m.group(1), '') + m.group(2) + '\n'
    at = [bool(re.search(pat, t)) for t in cpus.values()]
    smp = r.nested['smp'] if r.nested else r.smp
    return len(at) == smp and (all(at) if every else any(at))


def judge(r, text):
    """The verdict on a log of run @r (see Run in pvrt_machine.py).

    A run passes if its machines came up with their CPUs, ran their
    scenario script to the end with status 0, showed no failure and
    ended as a machine should, and its checks hold.  A run that expects
    a failure (r.expect) passes if it failed for that reason, its own
    checks hold, and, with r.stuck, the monitor saw the CPUs where the
    failure leaves them.
    """
    name = r.name
    if r.script is None:
        # A look at a vmlinux (Inspect): the checks apply to pvsites.
        reasons = [] if console(text).strip() else ['pvsites failed']
        failed = [desc for desc, fn in r.checks if not fn(text)]
        lines = [f'{name}: {"check failed: " if d in failed else ""}{d}'
                 for d, _ in r.checks] + [f'{name}: {why}' for why in reasons]
        return Verdict(not reasons and not failed, reasons, failed, lines,
                       [])
    recs = records(text)
    evidence = [v for k, v in recs if k == 'evidence']
    machines = machines_of(r, text)
    end = ending(r, text, recs)
    timeout = [why for why in end if why.startswith('timeout')]
    reasons = timeout + classify(console(text), machines) + \
        [why for why in end if why not in timeout]
    failed = []
    cpus = {'guest': r.nested['smp'] if r.nested else r.smp, 'host': r.smp}
    for machine, mlines in machines.items():
        want = f', {cpus[machine]} CPUs'
        if not any(ln.startswith('pvrt: init on ') and ln.endswith(want)
                   for ln in mlines):
            failed.append(f'{machine} did not come up with {want[2:]}')
    # The checks see a machine's console and the run's records.
    own = [ln for ln in text.splitlines() if ln.startswith(RECORD_PREFIX)]
    gtext = '\n'.join(machines['guest'] + own)
    htext = '\n'.join(machines.get('host', []) + own)
    failed += [d for d, fn in r.checks if not fn(gtext)]
    failed += [d for d, fn in r.host_checks if not fn(htext)]
    lines = [f'{name}: {n}' for n in evidence]
    if r.expect is not None:
        # The run must fail, and for the reason it was built to show;
        # its own checks, if any, must hold too.
        own = [d for d, _ in r.checks if d in failed]
        ok = any(why.startswith(r.expect) for why in reasons) and not own
        lines.append(f'{name}: classified as failed: '
                     f'{", ".join(reasons) or "no"}')
        lines += [f'{name}: {"check failed: " if d in own else ""}{d}'
                  for d, _ in r.checks]
        if r.stuck:
            found = stuck_on_cpus(r, evidence)
            lines.append(f'{name}: the monitor showed {r.stuck[2]} on '
                         f'{"every" if r.stuck[1] else "one"} CPU: '
                         f'{"yes" if found else "no"}')
            ok &= found
    else:
        ok = not reasons and not failed
        lines += [f'{name}: {d}' for d, _ in r.checks + r.host_checks
                  if d not in failed]
        lines += [f'{name}: check failed: {d}' for d in failed]
        lines += [f'{name}: {why}' for why in reasons]
    return Verdict(ok, reasons, failed, lines, evidence)


def result_name(r, scenario):
    """The name of a run's KTAP result in @scenario's subtest: with an
    expected failure, what it must catch.  A result with the scenario's
    own name would end the subtest for kunit_parser, which takes it for
    the scenario's result."""
    name = f'{r.name} caught ({r.expect})' if r.expect is not None else r.name
    return f'{name} (boot)' if name == scenario else name
