# SPDX-License-Identifier: GPL-2.0
"""Judging for the pvrt harness: console logs classified, KTAP read by
the kernel's own parser, checks on a log, and CPU states named.
"""

import bisect
import io
import json
import re
import sys
from pvrt_kernel import SRC


# KTAP on a console is read by the kernel's own parser, quietly.
sys.path.insert(0, str(SRC / 'tools' / 'testing' / 'kunit'))
import kunit_parser  # noqa: E402 pylint: disable=wrong-import-position
import kunit_printer  # noqa: E402 pylint: disable=wrong-import-position
kunit_parser.stdout = kunit_printer.Printer(io.StringIO())

# Anything that matches one of these on a console fails the run.  The
# name is the reason reported.
FAIL_PATTERNS = [
    ('BUG', re.compile(r'\bBUG: |kernel BUG at')),
    ('WARNING', re.compile(r'\bWARNING: ')),
    ('lockdep', re.compile(
        r'possible (recursive|circular) locking|inconsistent lock state|'
        r'possible irq lock inversion|lock held when returning to user|'
        r'bad unlock balance|held lock freed|suspicious RCU usage|'
        r'trying to register non-static key|Invalid wait context|'
        r'bad contention detected|Nested lock was not taken')),
    ('soft lockup', re.compile(r'soft lockup - CPU#')),
    ('hard lockup', re.compile(r'[Hh]ard LOCKUP')),
    # "detected stall(s)" of a normal grace period, "detected expedited
    # stalls" of an expedited one.
    ('RCU stall', re.compile(r'rcu: INFO: .*detected (expedited )?stall')),
    ('hung task', re.compile(r'INFO: task .* blocked for more than')),
    # Every die() header, whatever its name: "Oops: 0002 [#1]",
    # "int3: 0000 [#1]", "double fault: 0000 [#1]".
    ('Oops', re.compile(r'\bOops: |general protection fault|'
                        r'invalid opcode: |: [0-9a-f]{4} \[#[0-9]+\]')),
    ('Call Trace', re.compile(r'\bCall Trace:')),
    ('segfault', re.compile(r'\bsegfault at ')),
    ('Kernel panic', re.compile(r'Kernel panic')),
    ('locktorture FAILURE', re.compile(r'End of test: (FAILURE|LOCK_HOTPLUG)')),
    ('KUnit failure', re.compile(r'\bnot ok \d+ ')),
]
TORTURE_FAIL = re.compile(r'Writes:\s+Total: \d+\s+Max/Min: \S+.*Fail: (\d+)')
FINISHED = re.compile(r'pvrt: scenario finished rc=(\d+)$')
GUEST_PREFIX = '[guest] '
RESET = re.compile(r'reboot: Restarting system|Kernel panic')
# What the outer QEMU prints when a signal ends it; a nested guest's QEMU
# prints the same, but its lines carry GUEST_PREFIX.
KILLED = re.compile(r'^qemu-system-x86_64: terminating on signal (\d+)'
                    r'(?: from pid (\d+))?', re.M)


# The first line the kernel prints on its console.
KERNEL_BANNER = re.compile(r'^(\[[ \d.]+\] )?Linux version ', re.M)


def may_boot_again(qemu_failed, text):
    """Whether a boot whose console log is @text may run again: only if
    QEMU itself failed (@qemu_failed) before the kernel printed its first
    line.  After that, a guest can have driven QEMU into its own abort
    paths, and the failure is the run's."""
    return qemu_failed and not KERNEL_BANNER.search(text)


def qemu_killed(text):
    """Why a signal from outside the machine ended its QEMU, or None."""
    m = KILLED.search(text)
    if not m:
        return None
    sender = f' from pid {m[2]}' if m[2] else ''
    return f'QEMU killed by signal {m[1]}{sender}, outside the machine'


def guest_registers(console_lines, syms):
    """Report lines on where the vCPUs of a nested guest were when it
    stopped without finishing, from what gwatch printed.  gwatch runs in
    the pipeline of the guest's QEMU, so its line comes among the
    guest's, with their prefix."""
    lines = []
    for ln in console_lines:
        if ln.startswith(GUEST_PREFIX):
            ln = ln[len(GUEST_PREFIX):]
        if not ln.startswith('pvrt: guest registers: '):
            continue
        try:
            dump = json.loads(ln.split(': ', 2)[2])['return']
        except (ValueError, KeyError, TypeError):
            lines.append('guest registers: unreadable')
            continue
        for m in CPU_STATE.finditer(dump.replace('\r', '')):
            r = dict(re.findall(r'\b([A-Z][A-Z0-9]*)=\s*([0-9a-fA-F]+)\b',
                                m.group(2)))
            if 'RIP' not in r:
                # KVM on AMD INITs a vCPU that shut down (triple fault).
                lines.append(f'guest CPU#{m.group(1)}: EIP '
                             f'{r.get("EIP", "?")}, not in long mode'
                             f'{" (reset)" if r.get("EIP") == "0000fff0" else ""}')
                continue
            rip = int(r['RIP'], 16)
            lines.append(f'guest CPU#{m.group(1)}: RIP {rip:016x} '
                         f'{syms.name(rip) or "?"}, RSP {r.get("RSP", "?")}'
                         f', CR2 {r.get("CR2", "?")}, '
                         f'IF {int(bool(int(r.get("RFL", "0"), 16) & 0x200))}')
    return lines


def classify(text, machines):
    """Reasons why a console log is a failure; empty if it is clean.

    @machines maps a machine's name to its console lines; each must show
    its scenario script finishing with status 0.
    """
    reasons = []
    for name, pat in FAIL_PATTERNS:
        if pat.search(text):
            reasons.append(name)
    for m in TORTURE_FAIL.finditer(text):
        if int(m.group(1)):
            reasons.append('locktorture Fail')
            break
    for machine, lines in machines.items():
        ends = [FINISHED.match(ln) for ln in lines]
        ends = [int(m.group(1)) for m in ends if m]
        if not ends:
            reasons.append(f'scenario did not finish ({machine})')
        elif ends[-1]:
            reasons.append(f'scenario exited {ends[-1]} ({machine})')
    return reasons


class Symbols:
    """The symbols of a vmlinux, to name the kernel text addresses that
    the CPUs of a dead machine were at."""

    def __init__(self, kdir):
        syms = []
        for line in (kdir / 'System.map').read_text().splitlines():
            f = line.split()
            if len(f) >= 3:
                syms.append((int(f[0], 16), f[1], f[2]))
        syms.sort()
        self.addrs = [a for a, _, _ in syms]
        self.syms = syms

    def name(self, addr):
        """function+offset of a text address, or None."""
        i = bisect.bisect_right(self.addrs, addr) - 1
        if i < 0 or i + 1 == len(self.syms):
            return None
        a, kind, name = self.syms[i]
        if kind not in 'tTwW':
            return None
        return f'{name}+{addr - a:#x}'


CPU_STATE = re.compile(r'^CPU#(\d+)\n(.*?)(?=^CPU#|\Z)', re.M | re.S)


def cpu_states(text):
    """{CPU number: {register: value}} from "info registers -a"."""
    cpus = {}
    for m in CPU_STATE.finditer(text.replace('\r', '')):
        regs = dict(re.findall(r'\b([A-Z][A-Z0-9]*)=\s*([0-9a-fA-F]+)\b',
                               m.group(2)))
        if 'RIP' in regs:
            cpus[int(m.group(1))] = regs
    return cpus


def where(addr, kernels):
    """An address named in each kernel the machine may be running, or
    None if none of them has text there."""
    names = {k: syms.name(addr) for k, syms in kernels.items()}
    if not any(names.values()):
        return None
    if len(set(names.values())) == 1:
        return next(iter(names.values()))
    return ', '.join(f'{k} {n or "?"}' for k, n in names.items())


def fatal(text):
    return any(p.search(text) for n, p in FAIL_PATTERNS
               if n in ('soft lockup', 'hard lockup', 'RCU stall',
                        'Kernel panic', 'hung task', 'Oops', 'BUG'))


# -- checks on a console log -----------------------------------------------

def has(pattern, desc=None, times=1):
    """The console shows @pattern at least @times times."""
    pat = re.compile(pattern)
    return (desc or pattern, lambda text: len(pat.findall(text)) >= times)


def torture_ok(ttype):
    """The test ends in SUCCESS and its final statistics show no Fail."""
    end = re.compile(rf'{re.escape(ttype)}-torture:--- End of test: SUCCESS')

    def ok(text):
        m = end.search(text)
        if not m:
            return False
        stats = list(TORTURE_FAIL.finditer(text, 0, m.start()))
        return bool(stats) and stats[-1].group(1) == '0'
    return (f'locktorture {ttype}: End of test: SUCCESS, Fail: 0', ok)


def torture_total(text, ttype, what='Writes'):
    """Total writes, or reads, of a locktorture run, from its final
    statistics."""
    end = re.search(rf'{re.escape(ttype)}-torture:--- End of test', text)
    if not end:
        return None
    stats = re.findall(rf'{what}\s*:\s+Total: (\d+)', text[:end.start()])
    return int(stats[-1]) if stats else None


def torture_writes(text, ttype):
    return torture_total(text, ttype)


# A kernel message's timestamp, anywhere in a line; TIMESTAMP at its start.
STAMP = re.compile(r'\[\s*\d+\.\d+\] ')
TIMESTAMP = re.compile('^' + STAMP.pattern)


def ktap_parse(lines):
    """Parse KTAP lines of a console, without their timestamps, with the
    kernel's kunit_parser."""
    return kunit_parser.parse_run_tests(TIMESTAMP.sub('', ln) for ln in lines)


def ktap_suites(text, suite):
    """Each run of a KUnit suite on a console, parsed.  A suite in a module
    prints no top-level header, so each run is parsed from its subtest
    header to its own result line, under a plan of one."""
    lines = text.splitlines()
    runs = []
    for i, ln in enumerate(lines):
        if not re.search(rf'^(\[[^]]*\] )?    # Subtest: {re.escape(suite)}$',
                         ln):
            continue
        end = next((j for j in range(i + 1, len(lines)) if re.search(
            rf'^(\[[^]]*\] )?(not )?ok \d+ {re.escape(suite)}\b', lines[j])),
            len(lines) - 1)
        top = ktap_parse(['KTAP version 1', '1..1'] + lines[i - 1:end + 1])
        runs += top.subtests or [top]
    return runs


def ktap_runs(text):
    """Every run on a console that starts with a top-level KTAP header,
    parsed."""
    lines = text.splitlines()
    starts = [i for i, ln in enumerate(lines)
              if re.search(r'^(\[[^]]*\] )?KTAP version \d+$', ln)]
    return [ktap_parse(lines[i:j])
            for i, j in zip(starts, starts[1:] + [len(lines)])]


def ktap_problems(test, names=None):
    """Why a parsed KTAP test did not pass in full, or []: a result that
    is not "ok", a skip, or a plan that the results fall short of.  With
    @names, those must be its results, in that order."""
    S = kunit_parser.TestStatus
    problems = []
    if test.expected_count is not None and \
            len(test.subtests) < test.expected_count:
        problems.append(f'{test.name or "run"}: {len(test.subtests)} of '
                        f'{test.expected_count} results')
    if names is not None and [t.name for t in test.subtests] != names:
        problems.append(f'results {[t.name for t in test.subtests]}')
    for t in test.subtests:
        if t.status != S.SUCCESS:
            problems.append(f'{t.name}: {t.status.name}')
        problems += ktap_problems(t)
    return problems


def script_ktap(names):
    """Checks on a script's own KTAP report (ktap_plan in scripts/lib.sh):
    one that it parses with exactly @names as its results, in order, and
    one per result that it is ok."""
    S = kunit_parser.TestStatus

    def report(text):
        # The kernel's messages come out on the same console and may
        # land inside the report, even before lines that the script
        # printed earlier: the script's own lines carry no timestamp.
        text = '\n'.join(ln for ln in text.splitlines()
                         if not TIMESTAMP.match(ln))
        # kunit_parser adds a result with no name for each one missing.
        runs = [t for t in ktap_runs(text)
                if [c.name for c in t.subtests if c.name] == names]
        return runs[-1] if runs else None

    def passed(name):
        def ok(text):
            run = report(text)
            return run is not None and any(
                c.name == name and c.status == S.SUCCESS
                for c in run.subtests)
        return ok

    def whole(text):
        run = report(text)
        return run is not None and run.expected_count == len(names)

    return [(f'the script\'s KTAP report: its {len(names)} results',
             whole)] + [(name, passed(name)) for name in names]


def kunit_ok(suite, times=1):
    """The KUnit suite passed in full @times times: every case ok, none
    skipped, as many as its plan says."""
    def ok(text):
        runs = ktap_suites(text, suite)
        return len(runs) >= times and not any(
            ktap_problems(t) or t.status != kunit_parser.TestStatus.SUCCESS
            for t in runs)
    return (f'KUnit suite {suite}: passed in full x{times}', ok)


def whole_lines(lines):
    """A machine's console @lines with its programs' lines whole again.

    The kernel writes a message to the serial port at once, while a
    program's output waits in the port's buffer for the interrupts that
    drain it: a message, and those right after it, can start in the
    middle of a program's line, whose rest then follows them on a line of
    its own.  Here the messages come before that line, and it is joined
    again.  A message itself is never cut, so a timestamp inside one is
    left alone.  Not mended: a nested guest's line that the host's kernel
    cuts on the host's console, whose rest carries no GUEST_PREFIX."""
    out, head = [], None
    for ln in lines:
        if head is not None:
            if TIMESTAMP.match(ln):
                out.append(ln)
                continue
            ln, head = head + ln, None
        m = None if TIMESTAMP.match(ln) else STAMP.search(ln, 1)
        if m:
            head = ln[:m.start()]
            ln = ln[m.start():]
        out.append(ln)
    if head is not None:
        out.append(head)
    return out


def machine_text(text, guest):
    """The lines of a nested boot's console from its guest, or its host."""
    return '\n'.join(whole_lines(ln[len(GUEST_PREFIX):] if guest else ln
                                 for ln in text.splitlines()
                                 if ln.startswith(GUEST_PREFIX) == guest))


# Console lines that a failed run shows in the report, which outlives its
# log on a machine that is thrown away after the run.
LOG_TAIL = 25


def log_tail(text, n=LOG_TAIL):
    """The last @n non-empty lines of a console log, without carriage
    returns or other control characters."""
    lines = [re.sub(r'[\x00-\x08\x0b-\x1f\x7f]', '', line).rstrip()
             for line in text.splitlines()]
    return [line for line in lines if line][-n:]
