#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Unit tests of the pvrt harness's judging, on stored console text.

Run them with the selftest command of pvrt.
"""

import contextlib
import io
import json
import math
import re
import statistics
import subprocess
import tempfile
import types
import unittest
from unittest import mock
from pathlib import Path

import pvrt
import pvrt_bench
import pvrt_judge
import pvrt_kernel
import pvrt_machine
import pvrt_parser
import pvrt_scenarios

FINISHED = 'pvrt: scenario finished rc=0'
CLEAN = f"""[    0.000000] Linux version 6.1.176-pvrt
[    0.100000] Booting paravirtualized kernel on bare hardware
pvrt: init on 6.1.176-pvrt, 4 CPUs
{FINISHED}
[    5.000000] reboot: Restarting system
"""


def judged(extra, finished=True):
    text = CLEAN.replace(FINISHED, extra + (FINISHED if finished else ''))
    return pvrt_parser.classify(text, {'guest': text.splitlines()})


class LogTail(unittest.TestCase):
    def test_last_lines_cleaned(self):
        text = 'a\r\n\r\nb\x1b[0m\r\n\n' + ''.join(
            f'line {i}\r\n' for i in range(3))
        self.assertEqual(pvrt_parser.log_tail(text, 4),
                         ['b[0m', 'line 0', 'line 1', 'line 2'])
        self.assertEqual(pvrt_parser.log_tail(''), [])
        self.assertEqual(len(pvrt_parser.log_tail('x\n' * 100)), pvrt_parser.LOG_TAIL)


class Classify(unittest.TestCase):
    def test_clean(self):
        self.assertEqual(judged(''), [])

    def test_each_splat(self):
        cases = {
            'BUG': 'BUG: kernel NULL pointer dereference, address: 0\n',
            'WARNING': 'WARNING: CPU: 1 PID: 1 at mm/slub.c:1 f+0x1/0x2\n',
            'lockdep': 'WARNING: possible recursive locking detected\n',
            'soft lockup': 'watchdog: BUG: soft lockup - CPU#1 stuck '
                           'for 22s!\n',
            'RCU stall': 'rcu: INFO: rcu_sched self-detected stall on '
                         'CPU\n',
            'hung task': 'INFO: task sh:1 blocked for more than 30 '
                         'seconds.\n',
            'Kernel panic': 'Kernel panic - not syncing: test\n',
            'locktorture FAILURE': 'spin_lock-torture:--- End of test: '
                                   'FAILURE\n',
            'KUnit failure': '    not ok 3 some_test\n',
        }
        for why, line in cases.items():
            with self.subTest(why=why):
                self.assertIn(why, judged(line))

    def test_die_headers(self):
        for header in ('Oops: 0002 [#1] PREEMPT SMP',
                       'int3: 0000 [#1] SMP',
                       'double fault: 0000 [#1] SMP',
                       'stack guard page: 0000 [#2] SMP'):
            with self.subTest(header=header):
                self.assertIn('Oops', judged(f'[    1.0] {header}\n'))

    def test_expedited_rcu_stall(self):
        # The line of an expedited grace period that a CPU holds up.
        self.assertIn('RCU stall', judged(
            'rcu: INFO: rcu_preempt detected expedited stalls on '
            'CPUs/tasks: { 1-... } 21 jiffies s: 93 root: 0x2/.\n'))

    def test_call_trace_and_segfault(self):
        self.assertIn('Call Trace', judged('[    1.0] Call Trace:\n'))
        self.assertIn('segfault', judged(
            'sh[77]: segfault at 0 ip 00000000004011d6 sp 00007ffd error 4\n'))

    def test_torture_fail_count(self):
        stats = ('Writes:  Total: 100  Max/Min: 60/40   Fail: {}\n')
        self.assertEqual(judged(stats.format(0)), [])
        self.assertIn('locktorture Fail', judged(stats.format(3)))

    def test_qemu_killed(self):
        text = (CLEAN + 'qemu-system-x86_64: terminating on signal 15 from '
                'pid 25256 (<unknown process>)\n')
        self.assertEqual(pvrt_parser.qemu_killed(text),
                         'QEMU killed by signal 15 from pid 25256, outside '
                         'the machine')
        self.assertIsNone(pvrt_parser.qemu_killed(CLEAN))
        inner = CLEAN + (pvrt_parser.GUEST_PREFIX + 'qemu-system-x86_64: '
                         'terminating on signal 15\n')
        self.assertIsNone(pvrt_parser.qemu_killed(inner))

    def test_unfinished_and_exit_status(self):
        self.assertIn('scenario did not finish (guest)',
                      judged('', finished=False))
        text = CLEAN.replace('rc=0', 'rc=3')
        self.assertIn('scenario exited 3 (guest)',
                      pvrt_parser.classify(text, {'guest': text.splitlines()}))


REGISTERS = """info registers -a

CPU#0
RAX=0000000000000000 RBX=ffff888003a1c000 RCX=0000000000000000 RDX=0
RSI=0000000000000001 RDI=ffffffff82a3c1e0 RBP=ffffc90000013e58 RSP=ffffc90000013e40
RIP=ffffffff81501234 RFL=00000046 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=0
ES =0000 0000000000000000 00000000 00000000

CPU#1
RAX=0000000000000000 RBX=0000000000000000 RCX=0000000000000000 RDX=0
RSI=0000000000000000 RDI=0000000000000000 RBP=0000000000000000 RSP=00007ffc0e1f9e00
RIP=0000000000401000 RFL=00000246 [---Z-P-] CPL=3 II=0 A20=1 SMM=0 HLT=0
(qemu) """


class Retry(unittest.TestCase):
    BANNER = ('[    0.000000] Linux version 6.1.176-pvrt+ (pvrt@pvrt) '
              '#1 SMP pvrt\n')

    def test_qemu_failed_before_the_kernel(self):
        self.assertTrue(pvrt_parser.may_boot_again(
            True, '# qemu-system-x86_64 -kernel bzImage\n'
            'qemu-system-x86_64: cannot set up guest memory\n'))

    def test_qemu_failed_after_the_kernel(self):
        # Once the kernel runs, a QEMU that fails may be its doing.
        self.assertFalse(pvrt_parser.may_boot_again(
            True, self.BANNER + 'qemu: fatal: Trying to execute code '
            'outside RAM or ROM\n'))

    def test_from_a_log(self):
        def again(text):
            return pvrt_parser.may_boot_again(
                pvrt_judge.qemu_failed(pvrt_judge.records(text)),
                pvrt_judge.console(text))
        log = ('#pvrt run: x\n# qemu-system-x86_64 -kernel bzImage\n'
               'qemu-system-x86_64: cannot set up guest memory\n'
               '#pvrt end: exited\n#pvrt qemu-status: 1\n')
        self.assertTrue(again(log))
        self.assertFalse(again(log.replace('qemu-status: 1',
                                           'qemu-status: 0')))
        self.assertFalse(again(log.replace('end: exited', 'end: paused')))
        self.assertFalse(again(log.replace('qemu-system-x86_64: cannot',
                                           self.BANNER + 'qemu: cannot')))

    def test_qemu_did_not_fail(self):
        self.assertFalse(pvrt_parser.may_boot_again(False, ''))
        self.assertFalse(pvrt_parser.may_boot_again(False, self.BANNER))


class Evidence(unittest.TestCase):
    def test_cpu_states(self):
        cpus = pvrt_parser.cpu_states(REGISTERS)
        self.assertEqual(sorted(cpus), [0, 1])
        self.assertEqual(cpus[0]['RIP'], 'ffffffff81501234')
        self.assertEqual(cpus[0]['CPL'], '0')
        self.assertEqual(cpus[1]['RSP'], '00007ffc0e1f9e00')

    def test_guest_registers(self):
        reply = json.dumps({'return': REGISTERS.replace('\n', '\r\n')})
        with tempfile.TemporaryDirectory() as d:
            Path(d, 'System.map').write_text(
                'ffffffff81501200 t lkdtm_HARDLOCKUP\n'
                'ffffffff82000000 T _etext\n')
            lines = pvrt_parser.guest_registers(
                ['pvrt: other', f'pvrt: guest registers: {reply}'],
                pvrt_parser.Symbols(Path(d)))
        self.assertEqual(len(lines), 2)
        reset = json.dumps({'return': 'CPU#0\r\nEAX=00000000 EBX=00000000'
                            '\r\nEIP=0000fff0 EFL=00000002 CPL=0\r\n'})
        self.assertEqual(pvrt_parser.guest_registers(
            [f'pvrt: guest registers: {reset}'], None),
            ['guest CPU#0: EIP 0000fff0, not in long mode (reset)'])
        self.assertIn('guest CPU#0: RIP ffffffff81501234 '
                      'lkdtm_HARDLOCKUP+0x34, RSP ffffc90000013e40', lines[0])
        self.assertIn('IF 0', lines[0])
        self.assertIn('guest CPU#1: RIP 0000000000401000 ?', lines[1])
        self.assertIn('IF 1', lines[1])

    def test_guest_registers_on_the_guest_console(self):
        """gwatch runs in the guest's QEMU's pipeline, so its line
        reaches the console as one of the guest's."""
        reply = json.dumps({'return': REGISTERS.replace('\n', '\r\n')})
        with tempfile.TemporaryDirectory() as d:
            Path(d, 'System.map').write_text(
                'ffffffff81501200 t lkdtm_HARDLOCKUP\n'
                'ffffffff82000000 T _etext\n')
            lines = pvrt_parser.guest_registers(
                ['pvrt: init on 6.1', pvrt_parser.GUEST_PREFIX +
                 f'pvrt: guest registers: {reply}'],
                pvrt_parser.Symbols(Path(d)))
        self.assertEqual(len(lines), 2, lines)
        self.assertIn('lkdtm_HARDLOCKUP+0x34', lines[0])

    def test_symbols(self):
        with tempfile.TemporaryDirectory() as d:
            Path(d, 'System.map').write_text(
                'ffffffff81000000 T _stext\n'
                'ffffffff81501200 t lkdtm_HARDLOCKUP\n'
                'ffffffff81501300 T lkdtm_SPINLOCKUP\n'
                'ffffffff82000000 D some_data\n'
                'ffffffff82001000 B _end\n')
            syms = pvrt_parser.Symbols(Path(d))
            self.assertEqual(syms.name(0xffffffff81501234),
                             'lkdtm_HARDLOCKUP+0x34')
            self.assertIsNone(syms.name(0xffffffff82000010))
            self.assertIsNone(syms.name(0x401000))
            self.assertIsNone(pvrt_parser.where(0x401000, {'a': syms, 'b': syms}))
            self.assertEqual(pvrt_parser.where(0xffffffff81501234, {'a': syms}),
                             'lkdtm_HARDLOCKUP+0x34')


SUITE = """[    2.96]     KTAP version 1
[    2.96]     # Subtest: paravirt_runtime
[    2.96]     1..3
[    2.97]     # pvrt_sites_match_boot_text: 74 sites, 5 in this module
[    2.97]     ok 1 pvrt_sites_match_boot_text
[    3.00]     ok 2 pvrt_other_mode_insns
[    3.01] lkdtm: a kernel message in between
[    3.02]     ok 3 pvrt_module_sites
[    3.07] # Totals: pass:3 fail:0 skip:0 total:3
[    3.07] ok 1 paravirt_runtime
"""

SELFTEST = """[    2.22] KTAP version 1
[    2.22] 1..3
[   22.92] ok 1 switches # 100 of 100, error 0, back to native
[   22.92] ok 2 sites # 7400 checked after 100 switches, 0 wrong
[   22.92] ok 3 load # shared locks taken: task 438831
[   22.92] # pv_selftest: 3 passed, 0 failed
[   22.93] KTAP version 1
[   22.93] 1..0
"""


class Ktap(unittest.TestCase):
    def kunit(self, text, times=1):
        return pvrt_parser.kunit_ok('paravirt_runtime', times)[1](text)

    def test_suite_twice(self):
        self.assertTrue(self.kunit(SUITE + SUITE, 2))
        self.assertFalse(self.kunit(SUITE, 2))

    def test_suite_skip_fails(self):
        self.assertFalse(self.kunit(SUITE.replace(
            'ok 3 pvrt_module_sites', 'ok 3 pvrt_module_sites # SKIP x')))

    def test_suite_short_plan_fails(self):
        self.assertFalse(self.kunit(SUITE.replace('    1..3', '    1..4')))

    def test_suite_not_ok_fails(self):
        self.assertFalse(self.kunit(SUITE.replace('    ok 2', '    not ok 2')))

    def test_suite_cut_short_fails(self):
        self.assertFalse(self.kunit(SUITE.split('[    3.02]')[0]))

    def selftest(self, text, tests=('switches', 'sites', 'load')):
        return pvrt_scenarios.selftest_ok(list(tests))[0][1](text)

    def test_selftest_other_tests_fail(self):
        self.assertFalse(self.selftest(SELFTEST, ('switches', 'emulated',
                                                  'load')))

    def test_selftest(self):
        self.assertTrue(self.selftest(SELFTEST))

    def test_selftest_skip_fails(self):
        self.assertFalse(self.selftest(SELFTEST.replace(
            'ok 1 switches # 100', 'ok 1 switches # SKIP no ops')))

    def test_selftest_short_plan_fails(self):
        self.assertFalse(self.selftest(SELFTEST.replace('1..3', '1..4')))

    def heard(self, text):
        return pvrt_scenarios.selftest_ok(['switches', 'sites', 'load'])[2][1](
            '[    2.21] pv_selftest: engine phased\n' + text)

    def test_selftest_heard(self):
        self.assertTrue(self.heard(SELFTEST))
        late = SELFTEST.replace('[   22.92] ok 1', '[   82.92] ok 1')
        self.assertFalse(self.heard(late))
        # Another part of the kernel speaking does not count.
        self.assertFalse(self.heard(late.replace(
            '1..3\n', '1..3\n[   42.00] INFO: NMI handler (selftest_nmi) '
            'took too long to run: 6.658 msecs\n')))
        self.assertTrue(self.heard(late.replace(
            '1..3\n', '1..3\n[   42.00] # pv_selftest: 48 of 100 '
            'switches done\n')))
        self.assertFalse(self.heard(without(SELFTEST, 'pv_selftest: 3')))

    def test_selftest_missing_test_fails(self):
        self.assertFalse(self.selftest(SELFTEST.replace(
            'ok 2 sites', 'ok 2 others')))


class Engines(unittest.TestCase):
    """Every scenario that switches runs on both engines, and a run on
    the phased engine fails unless the kernel said it used it."""

    SWITCHING = ('switch-stress', 'pv-selftest', 'round-trip',
                 'kvm-dynamic-hints')
    SEEN = ('[    0.066720] paravirt_runtime: lock-op switches use the '
            'phased engine\n')

    def test_both_engines(self):
        for name in self.SWITCHING:
            with self.subTest(scenario=name):
                runs = pvrt_scenarios.SCENARIOS[name]()
                phased = [r for r in runs if pvrt_scenarios.PHASED in r.args]
                self.assertTrue(phased)
                self.assertTrue(len(phased) < len(runs))
                for r in phased:
                    self.assertTrue(r.name.endswith('-phased'), r.name)
                    self.assertIn(pvrt_scenarios.PHASED_SEEN, r.checks)

    def test_on_phased(self):
        r = pvrt_machine.Run('x', ('s', 1), 60,
                             checks=[pvrt_parser.has('a')], args='q=1',
                             kernel='host', smp=2,
                             nested={'cpu': 1, 'smp': 4})
        p = pvrt_scenarios.on_phased(r)
        self.assertEqual((p.name, p.args), ('x-phased',
                                            f'q=1 {pvrt_scenarios.PHASED}'))
        for attr in ('script', 'timeout', 'kernel', 'smp', 'nested'):
            self.assertEqual(getattr(p, attr), getattr(r, attr))
        self.assertEqual(p.checks, r.checks + (pvrt_scenarios.PHASED_SEEN,))
        other = pvrt_scenarios.on_phased(r, [pvrt_parser.has('b')])
        self.assertEqual([c[0] for c in other.checks],
                         ['b', pvrt_scenarios.PHASED_SEEN[0]])
        with self.assertRaises(TypeError):
            r.replace(colour='red')

    def test_engine_seen(self):
        seen = pvrt_scenarios.PHASED_SEEN[1]
        self.assertTrue(seen(self.SEEN))
        self.assertFalse(seen(''))
        self.assertFalse(seen(self.SEEN.replace('phased', 'stop_machine')))

    def test_phased_stress_halves_the_switches(self):
        runs = {r.name: r for r in pvrt_scenarios.scen_switch_stress()}
        for name, least in (('switch-stress', 300),
                            ('switch-stress-phased', 150),
                            ('switch-stress-hotplug-phased', 50)):
            with self.subTest(run=name):
                descs = [c[0] for c in runs[name].checks]
                self.assertIn(f'at least {least} switches, ending native',
                              descs)

    def test_bad_engine_refused(self):
        r = pvrt_scenarios.scen_bad_input()[0]
        text = stored('bad-input')
        self.assertTrue(pvrt_judge.judge(r, text).ok)
        for line in ('no such engine', '^engine: stop_machine$'):
            with self.subTest(without=line):
                v = pvrt_judge.judge(r, without(text, line))
                self.assertFalse(v.ok)

    def test_both_guests_seen(self):
        r = [r for r in pvrt_scenarios.scen_round_trip()
             if r.name == 'round-trip-kvm-guest-phased'][0]
        both = [fn for desc, fn in r.checks
                if desc == 'both guests switch with the phased engine'][0]
        guest = pvrt_parser.GUEST_PREFIX + self.SEEN
        self.assertTrue(both(guest + guest))
        self.assertFalse(both(guest))


class PhaseStretch(unittest.TestCase):
    """The phase stretch's checks on a stored log of the KVM run: it
    passes, and each check fails when the counts it reads say otherwise."""

    def checks(self, text):
        # The stored log lacks the boot messages, which the engine's
        # line is among.
        return [desc for desc, fn in pvrt_scenarios.stretch_checks(True)
                if desc != pvrt_scenarios.PHASED_SEEN[0] and not fn(text)]

    def edit(self, text, phase, to, fn):
        """@text with fn(line) for the lines of @phase to @to."""
        pat = re.compile(rf'stretched phase \d of 4 \({phase}\) to {to}:.*$',
                         re.M)
        return pat.sub(lambda m: fn(m.group(0)), text)

    def test_stored_log_passes(self):
        self.assertEqual(self.checks(stored('phase-stretch-kvm')), [])

    def test_each_check_fails(self):
        text = stored('phase-stretch-kvm')
        zero_waits = re.compile(r'node \d+, head \d+')
        broken = {
            'switches logged their four phases in order':
                without(text, r'stretched phase 3 of 4 \(kick\) to paravirt'),
            'native and paravirt waiters met in a slowpath phase of each '
            'direction':
                self.edit(text, 'slowpath', 'native',
                          lambda ln: re.sub(r'pending \d+', 'pending 0', ln)),
            'a _Q_SLOW_VAL lock unlocked in a wait phase of each '
            'direction':
                self.edit(text, 'wait', 'paravirt',
                          lambda ln: re.sub(r'unlocks \d+', 'unlocks 0', ln)),
            'no paravirt waiter and no slow unlock in the unlock phase '
            'to paravirt':
                self.edit(text, 'unlock', 'paravirt',
                          lambda ln: ln.replace('node 0', 'node 1')),
            'no native waiter in the wait and kick phases to native':
                self.edit(text, 'kick', 'native',
                          lambda ln: ln.replace('pending 0', 'pending 2')),
            'waiters halted in the wait phase of every switch to native':
                self.edit(text, 'wait', 'native',
                          lambda ln: zero_waits.sub('node 0, head 0', ln)),
        }
        for what, bad in broken.items():
            with self.subTest(check=what):
                self.assertNotEqual(bad, text)
                failed = self.checks(bad)
                self.assertEqual(len(failed), 1, failed)
                self.assertIn(what, failed[0])


class Auto(unittest.TestCase):
    """The checks of the automatic mode's nested scenario."""

    @staticmethod
    def host(phases, modes):
        """What auto-phases-host.sh prints: @phases [(hogs, guest time)],
        @modes [(mode, guest time)], in time order."""
        lines = [(t, f'pvrt: phase {k}: {pvrt_scenarios.load_name(h)} from '
                  f'guest time {t:.2f}') for k, (h, t) in enumerate(phases)]
        lines += [(t, f'pvrt: guest mode {m} at guest time {t:.2f}')
                  for m, t in modes]
        return '\n'.join(ln for _, ln in sorted(lines, key=lambda x: x[0]))

    def followed(self, phases, modes):
        _, ok = pvrt_scenarios.auto_followed([h for h, _ in phases])
        return ok(self.host(phases, modes))

    def test_followed(self):
        phases = [(0, 10.0), (1, 50.0), (0, 90.0)]
        good = [('native', 10.5), ('paravirt', 52.0), ('native', 101.0)]
        self.assertTrue(self.followed(phases, good))
        self.assertEqual(pvrt_scenarios.auto_timeline(
            self.host(phases, good)), (phases, good))
        # Late into paravirt, or out of it.
        self.assertFalse(self.followed(phases, [good[0], ('paravirt', 57.5),
                                                good[2]]))
        self.assertFalse(self.followed(phases, [good[0], good[1],
                                                ('native', 110.5)]))
        # Never back, or never in.
        self.assertFalse(self.followed(phases, good[:2]))
        self.assertFalse(self.followed(phases, [good[0], good[2]]))
        # A switch in a steady phase, or a flap.
        self.assertFalse(self.followed(phases, [good[0], ('paravirt', 20.0),
                                                ('native', 40.0)] + good[1:]))
        self.assertFalse(self.followed(phases, good[:2] + [
            ('native', 60.0), ('paravirt', 70.0), good[2]]))
        # Booted paravirt, or a phase missing.
        self.assertFalse(self.followed(phases, [('paravirt', 10.5)] +
                                       good[1:]))
        _, ok = pvrt_scenarios.auto_followed([0, 1, 0])
        self.assertFalse(ok(self.host(phases[:2], good[:2])))
        self.assertFalse(self.followed(phases, []))

    def test_packed(self):
        # Packed vCPUs are a load like hogs: no switch from one to the
        # other.
        phases = [(0, 10.0), (1, 50.0), ('packed', 90.0), (0, 130.0)]
        good = [('native', 10.5), ('paravirt', 52.0), ('native', 141.0)]
        self.assertEqual(pvrt_scenarios.auto_timeline(
            self.host(phases, good)), (phases, good))
        self.assertTrue(self.followed(phases, good))
        self.assertFalse(self.followed(phases, good[:2] + [
            ('native', 95.0), ('paravirt', 97.0), good[2]]))
        phases = [(0, 10.0), ('packed', 50.0), (0, 90.0)]
        self.assertTrue(self.followed(phases, [good[0], good[1],
                                               ('native', 101.0)]))
        self.assertFalse(self.followed(phases, [good[0], ('native', 101.0)]))

    def test_switches(self):
        _, ok = pvrt_scenarios.auto_switches(2)

        def made(n):
            return (f'auto samples: 9, 1 ns each on average; switches: {n} '
                    'made, 0 failed, 0 held back\n')
        before = 'pvrt: switches before the phases: 2\n'
        self.assertTrue(ok(made(2) + before + made(4)))
        self.assertFalse(ok(made(2) + before + made(3)))
        self.assertFalse(ok(made(0) + made(2)))
        self.assertFalse(ok(before + made(4).replace('0 failed', '1 failed')))

    def test_deferred(self):
        phases = [(0, 10.0), (1, 50.0)]
        self.assertTrue(pvrt_scenarios.auto_deferred(
            self.host(phases, [('native', 10.5)])))
        self.assertFalse(pvrt_scenarios.auto_deferred(
            self.host(phases, [('native', 10.5), ('paravirt', 52.0)])))
        self.assertFalse(pvrt_scenarios.auto_deferred(self.host(phases, [])))

    def test_runs(self):
        follow, defer = pvrt_scenarios.scen_auto()
        self.assertFalse(follow.nested['hints_feature'])
        self.assertTrue(defer.nested['hints_feature'])
        self.assertIn(pvrt_scenarios.AUTO, follow.args)
        self.assertEqual(follow.nested['driver'][2:],
                         pvrt_scenarios.AUTO_PHASES)


class AutoLoad(unittest.TestCase):
    """The bench of the automatic mode against fixed choices."""

    @staticmethod
    def texts(rates, start=10.0, block=2.5, speed=1):
        """The guest's and the host's consoles of one run whose blocks had
        @rates, their references 10000 per second times @speed, a block
        every @block s from @start, with the phases of AUTO_LOAD_PHASES
        marked every 10 blocks and the mode paravirt from the 12th block
        to the 24th."""
        g, modes, t = ['pvrt: guest ready'], [], start
        for k, rate in enumerate(rates):
            mode = 'paravirt' if 12 <= k < 24 else 'native'
            if not modes or modes[-1][0] != mode:
                modes.append((mode, t))
            g.append(f'pvrt: auto {t:.2f} {mode}')
            g.append(lb_block(k, mode, 'none', 2, 1, 1000 * speed,
                              works=('free',)) +
                     lb_block(k, mode, 'none', 2, 1, rate,
                              works=('lock',)).split('\n', 1)[1].rstrip())
            t += block
        phases = [(h, start + 10 * k * block)
                  for k, h in enumerate(pvrt_bench.AUTO_LOAD_PHASES)]
        return '\n'.join(g), Auto.host(phases, modes)

    BLOCKS = 10 * len(pvrt_bench.AUTO_LOAD_PHASES)

    def test_results(self):
        gtext, htext = self.texts([1000 + k for k in range(self.BLOCKS)])
        per, phases, modes = pvrt_bench.auto_load_results(gtext, htext)
        # The blocks at the marks count nowhere.
        self.assertEqual([[b.index for b in p] for p in per],
                         [list(range(k + 1, k + 10))
                          for k in range(0, self.BLOCKS, 10)])
        self.assertEqual([m for m, _ in modes],
                         ['native', 'paravirt', 'native'])
        with self.assertRaisesRegex(ValueError, 'phases of'):
            pvrt_bench.auto_load_results(gtext, without(htext, 'phase 2'))
        with self.assertRaisesRegex(ValueError, 'no mode'):
            pvrt_bench.auto_load_results(gtext, without(htext, 'guest mode'))
        with self.assertRaisesRegex(ValueError, 'block 3 without a report'):
            pvrt_bench.auto_load_results(without(gtext, 'auto 17.50'), htext)

    def test_winner(self):
        def per(rates, speed=1):
            gtext, htext = self.texts(rates, speed=speed)
            return pvrt_bench.auto_load_results(gtext, htext)[0]
        fast = per([2000 + k % 3 for k in range(self.BLOCKS)])
        slow = per([1000 + k % 3 for k in range(self.BLOCKS)])
        same = per([1000 + (k + 1) % 3 for k in range(self.BLOCKS)])
        win = pvrt_bench.auto_winner({'a': slow, 'b': fast}, 1)
        self.assertTrue(win.startswith('b, b/a 1.99'), win)
        self.assertTrue(win.endswith('n=9: resolved'), win)
        self.assertIn('unresolved', pvrt_bench.auto_winner(
            {'a': slow, 'b': same}, 0))
        self.assertIn('not judged', pvrt_bench.auto_winner({'a': slow}, 0))
        # A boot whose vCPUs ran twice as fast is judged by what it made
        # of them.
        drift = per([2000 + (k + 1) % 3 for k in range(self.BLOCKS)], 2)
        self.assertIn('unresolved', pvrt_bench.auto_winner(
            {'a': slow, 'b': drift}, 0))
        self.assertTrue(pvrt_bench.auto_winner(
            {'a': slow, 'b': per([4000] * self.BLOCKS, 2)}, 0).endswith(
                'n=9: resolved'))

    def test_whole_run(self):
        def per(rates):
            gtext, htext = self.texts(rates)
            return pvrt_bench.auto_load_results(gtext, htext)[0]
        noisy = [1000 + 10 * (k % 3) for k in range(self.BLOCKS)]
        # Twice as fast in the second phase only.
        auto = per([r * (2 if 10 <= k < 20 else 1)
                    for k, r in enumerate(noisy)])
        gain = (len(auto) + 1) / len(auto)
        choices = {'auto': auto, 'native': per(noisy),
                   'tas': per([2 * r for r in noisy]),
                   'same': per([1000 + 10 * ((k + 1) % 3)
                                if not 10 <= k < 20 else 2000 + k % 3
                                for k in range(self.BLOCKS)]),
                   'short': per(noisy)[:1] + [[]] + per(noisy)[2:]}
        with contextlib.redirect_stdout(io.StringIO()) as out:
            line = pvrt_bench.auto_whole_run(choices)
        self.assertRegex(line, f'^auto beat native {gain:.3f}; lost to tas '
                         f'{gain / 2:.3f}; unresolved same 1\\.00\\d$')
        self.assertIn('short     not judged', out.getvalue())
        self.assertRegex(out.getvalue(), f'auto/native {gain:.3f} '
                         r'\[1\.\d{3}, 1\.\d{3}\] '
                         f'n={9 * len(auto)}: resolved')
        with contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(pvrt_bench.auto_whole_run({'auto': auto}),
                             'auto not judged')

    def test_failed_boot(self):
        """A choice whose boot failed is reported and left out; auto's
        stops the benchmark."""
        gtext, htext = self.texts([1000 + k % 3 for k in range(self.BLOCKS)])
        good = '\n'.join([htext] + [pvrt_parser.GUEST_PREFIX + ln
                                    for ln in gtext.splitlines()])

        def bench(bad):
            def execute(_bed, r):
                why = ['machine reset'] if r.name in bad else []
                return types.SimpleNamespace(
                    reasons=why, failed_checks=[], text=good,
                    logfile=f'{r.name}.log')
            summary = []
            with mock.patch.object(pvrt_bench, 'timed_execute', execute), \
                    contextlib.redirect_stdout(io.StringIO()) as out:
                failed = pvrt_bench.bench_auto_load(
                    types.SimpleNamespace(pin=False), summary)
            return failed, summary, out.getvalue()
        failed, summary, out = bench({'bench-auto-tas'})
        self.assertEqual(failed, 1)
        self.assertIn('-- tas: not measured, its boot failed: machine reset; '
                      'log bench-auto-tas.log', out)
        self.assertIn(('nested KVM', 'changing host, tas',
                       'not measured: its boot failed'), summary)
        self.assertNotRegex(out, r'(?m)^  tas ')
        self.assertRegex(out, r'(?m)^  native .*auto/native 1\.000')
        self.assertEqual(bench(set())[0], 0)
        with self.assertRaises(SystemExit), \
                contextlib.redirect_stderr(io.StringIO()):
            bench({'bench-auto-auto'})

    def test_parts(self):
        names = [r.name for r in pvrt_bench.bench_runs(('auto',))]
        self.assertEqual(names, [f'bench-auto-{c}'
                                 for c in pvrt_bench.AUTO_LOAD_CHOICES])
        self.assertEqual(pvrt_bench.bench_runs(('sites', 'fast-path')), [])
        every = pvrt_bench.bench_runs()
        self.assertEqual([r.name for r in every[-len(names):]], names)
        self.assertGreater(len(every), len(names))
        err = io.StringIO()
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(err):
            pvrt_bench.cmd_bench(None, type('A', (), {'parts': ['bogus']}))
        self.assertIn('no part bogus', err.getvalue())

    def test_runs(self):
        runs = {r.name: r for r in pvrt_bench.bench_runs()}
        auto = runs['bench-auto-auto']
        self.assertIn(pvrt_scenarios.AUTO, auto.args)
        self.assertNotIn('--hints', auto.nested['driver'])
        self.assertIn('--hints', runs['bench-auto-host-hint'].nested['driver'])
        self.assertTrue(runs['bench-auto-host-hint'].nested['hints_feature'])
        self.assertEqual(runs['bench-auto-paravirt'].nested['cpu'],
                         pvrt_scenarios.GUEST_CPU)
        self.assertIn('packed', auto.nested['driver'])
        # The bench's host runs on every CPU, the scenario's on one,
        # unless the bed says none does.
        pinned, unpinned = (type('Bed', (), {'pin': p}) for p in (1, 0))
        scen = pvrt_scenarios.scen_auto()[0]
        self.assertFalse(auto.pinned(pinned))
        self.assertTrue(scen.pinned(pinned))
        self.assertFalse(scen.pinned(unpinned))
        self.assertFalse(pvrt_scenarios.scen_bare_locktorture()[0].pinned(
            pinned))


class Damping(unittest.TestCase):
    """The damping check on a stored log of kvm-hints-damping: it passes,
    and fails when the switches that the kernel logged say otherwise."""

    def setUp(self):
        self.run_, self.text = stored_run('kvm-hints-damping')
        self.guest = pvrt_parser.machine_text(self.text, True)
        self.times = DAMPING_TIME.findall(self.guest)

    def damped(self, old, new, count=4):
        """The check on the stored log with @old made @new, and with
        debugfs counting @count switches."""
        text = self.guest.replace(old, new)
        return pvrt_scenarios.damped(text.replace('switches: 4',
                                                  f'switches: {count}'))

    def test_stored_log_passes(self):
        self.assertEqual(len(self.times), 4)
        self.assertTrue(pvrt_scenarios.damped(self.guest))
        v = pvrt_judge.judge(self.run_, self.text)
        self.assertTrue(v.ok, v.lines)

    def test_too_close_fails(self):
        after = float(self.times[1])
        self.assertFalse(self.damped(self.times[2], f'{after + 0.94:.6f}'))
        self.assertTrue(self.damped(self.times[2], f'{after + 0.96:.6f}'))

    def test_never_paravirt_fails(self):
        self.assertFalse(self.damped(
            f'pvrt: switch to paravirt at {self.times[0]}\n', '', 3))

    def test_ends_paravirt_fails(self):
        self.assertFalse(self.damped(
            f'pvrt: switch to native at {self.times[3]}\n', '', 3))

    def test_unlogged_switch_fails(self):
        middle = f'pvrt: switch to native at {self.times[1]}\n'
        self.assertFalse(self.damped(middle, ''))
        self.assertFalse(self.damped(middle, '', 3))
        self.assertFalse(self.damped('', '', 5))

    def test_no_burst_fails(self):
        later = '|'.join(map(re.escape, self.times[1:]))
        text = without(self.guest, rf'^pvrt: switch to \w+ at ({later})$')
        self.assertFalse(pvrt_scenarios.damped(
            text.replace('switches: 4', 'switches: 1')))


DAMPING_TIME = re.compile(r'(?m)^pvrt: switch to \w+ at ([\d.]+)$')


class CheckKtap(unittest.TestCase):
    """What check prints parses with the kernel's kunit_parser, with the
    right totals."""

    def check(self, failing=()):
        """check's output for two scenarios whose runs pass, but those
        named in @failing."""
        out = []
        saved = (pvrt.execute, pvrt.log)

        def execute(bed, r, tag=''):
            ok = r.name not in failing
            verdict = pvrt_judge.Verdict(ok, [] if ok else ['BUG'],
                                         [] if ok else ['a check'], [], [])
            return pvrt_machine.Result(Path('x.log'), '', verdict, 1.0, [])

        pvrt.execute, pvrt.log = execute, out.append
        try:
            scenarios = {
                # A run named as its scenario, and one that is not.
                'kvm-pv': [pvrt_machine.Run('kvm-pv', ('x',), 60)],
                'round-trip': [pvrt_machine.Run('round-trip-guest', ('x',),
                                                60),
                               pvrt_machine.Run('round-trip-inline', ('x',),
                                                60)],
            }
            out += ['KTAP version 1', f'1..{len(scenarios)}']
            self.failed = []
            for num, (name, runs) in enumerate(scenarios.items(), 1):
                out.append(f'# [{num}/2] {name}: started at +0s')
                self.failed += pvrt.run_scenario(None, num, name, runs, '')
        finally:
            pvrt.execute, pvrt.log = saved
        return pvrt_parser.ktap_parse(out), out

    def test_passing(self):
        test, out = self.check()
        S = pvrt_parser.kunit_parser.TestStatus
        self.assertEqual(test.status, S.SUCCESS, '\n'.join(out))
        self.assertEqual([(t.name, [c.name for c in t.subtests])
                          for t in test.subtests],
                         [('kvm-pv', ['kvm-pv (boot)']),
                          ('round-trip', ['round-trip-guest',
                                          'round-trip-inline'])])
        c = test.counts
        self.assertEqual((c.passed, c.failed, c.crashed, c.errors),
                         (3, 0, 0, 0))

    def test_failing(self):
        test, out = self.check(failing=('round-trip-inline',))
        S = pvrt_parser.kunit_parser.TestStatus
        self.assertEqual(test.status, S.FAILURE, '\n'.join(out))
        self.assertEqual([t.status for t in test.subtests],
                         [S.SUCCESS, S.FAILURE])
        c = test.counts
        self.assertEqual((c.passed, c.failed, c.crashed, c.errors),
                         (2, 1, 0, 0))
        # Why it failed, for the line that ends its scenario.
        self.assertEqual(self.failed, [
            (Path('x.log'), 'round-trip-inline: BUG; check failed: a check')])

    def test_totals(self):
        """The last lines name every failed run again, whatever came
        before them."""
        self.assertEqual(pvrt.totals(3, []), [
            '# Totals: pass:3 fail:0 retried:0',
            '3 passed, 0 failed, 0 retried'])
        whys = [['# [2/4] a-1: BUG', '# [2/4] a-2: timeout'],
                ['# [4/4] b: check failed: c']]
        self.assertEqual(pvrt.totals(2, whys), [
            '# failed, 3 runs:', *whys[0], *whys[1],
            '# Totals: pass:2 fail:2 retried:0',
            '2 passed, 2 failed, 0 retried'])
        # Still KTAP after the scenarios, with the kernel's parser.
        test = pvrt_parser.ktap_parse(
            ['KTAP version 1', '1..2', 'ok 1 a', 'not ok 2 b']
            + pvrt.totals(1, [['# [2/2] b: BUG']]))
        self.assertEqual((test.counts.passed, test.counts.failed), (1, 1))


class RoundTrip(unittest.TestCase):
    """round_trip() judges each boot on the memory that boot saved."""

    class Monitor:
        def __init__(self, text):
            self.text = text

        def cmd(self, line):
            if self.text is not None:
                path = re.search(r'"(.*)"', line).group(1)
                Path(path).write_bytes(self.text)

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.bed = pvrt_kernel.Bed({'PVRT_OUT': self.tmp.name})
        self.saved = pvrt_scenarios.text_sites
        # Four ops, one 2-byte site each, in a 16-byte text.
        sites = [(2 * k, 2, op) for k, op in enumerate(
            ('slowpath', 'unlock', 'wait', 'kick'))]
        pvrt_scenarios.text_sites = lambda kdir: (0, 16, sites)

    def tearDown(self):
        pvrt_scenarios.text_sites = self.saved
        self.tmp.cleanup()

    def boot(self, r, texts):
        """The round-trip checks on a boot whose memsaves give @texts."""
        state, said = {}, []
        for (_, act), text in zip(r.steps, texts):
            said += act(self.bed, self.Monitor(text), state)
        log = ''.join(pvrt_judge.record('step', ln) for ln in said)
        return [ok(log) for _, ok in r.checks[:3]]

    def test_each_boot_judged_on_its_own_dumps(self):
        r = pvrt_scenarios.round_trip('guest')
        boot_text, pv_text = bytes(16), bytes([1] * 8) + bytes(8)
        self.assertEqual(self.boot(r, [boot_text, pv_text, boot_text]),
                         [True, True, True])
        # A later boot of the same run whose memsave failed in paravirt
        # and in native cannot pass on the first boot's dumps.
        self.assertEqual(self.boot(r, [boot_text, None, None]),
                         [True, False, False])
        # One site the same in paravirt, one different in native.
        self.assertEqual(self.boot(r, [boot_text, bytes([1] * 6) + bytes(10),
                                       bytes(15) + b'x']),
                         [True, False, True])
        self.assertEqual(self.boot(r, [boot_text, pv_text,
                                       bytes([0, 1]) + bytes(14)]),
                         [True, True, False])


def sites_lines(tag, words, nbytes):
    """What sitebytes prints for @words, one per site, in all @nbytes, and
    the host the same way for its list of sites."""
    lines = [f'pvrt: sites {tag} {k}: ' + ' '.join(words[k:k + 16])
             for k in range(0, len(words), 16)]
    return lines + [f'pvrt: sites {tag}: {len(words)} sites, {nbytes} bytes']


class KvmRoundTrip(unittest.TestCase):
    """kvm_round_trip() compares, site by site, the dumps that the host
    printed of guests booted and switched to each mode."""

    # 40 sites of the four ops, 0 to 3, unlock's (1) a byte longer; the
    # native and paravirt text of each op.
    SITES = [(8 * k, 6 if k % 4 == 1 else 5, k % 4) for k in range(40)]
    NATIVE = {0: bytes.fromhex('e8aabbccdd'), 1: bytes.fromhex('c60700662e'),
              2: bytes.fromhex('0f1f440000'), 3: bytes.fromhex('0f1f440000')}
    PARAVIRT = {0: bytes.fromhex('e811223344'), 1: bytes.fromhex('e855667788'),
                2: bytes.fromhex('e899aabbcc'), 3: bytes.fromhex('e8ddeeff00')}
    SAVED = ['pvrt: guest 1: kernel code at 01000000-01600aa7, text saved '
             'from 16777216, 6294184 bytes',
             'pvrt: guest 2: kernel code at 01000000-01600aa7, text saved '
             'from 16777216, 6294184 bytes']

    def site(self, k, mode):
        _, length, op = self.SITES[k]
        text = (self.PARAVIRT if mode == 'paravirt' else self.NATIVE)[op]
        return (text + bytes([0x90]) * length)[:length]

    def dumps(self, change=None, sites=None):
        """The host's console, with @change(tag, bytes of each site)
        applied to each dump."""
        sites = self.SITES if sites is None else sites
        lines = ['pvrt: QEMU 45, VM debugfs /sys/kernel/debug/kvm/45-14/',
                 self.SAVED[0]]
        lines += sites_lines('list', [f'{o:#x}/{n}/{op}'
                                      for o, n, op in sites],
                             sum(n for _, n, _ in sites))
        for step, mode in pvrt_scenarios.KVM_ROUND_TRIP:
            tag = f'{step}-{mode}'
            if step == '2-0':
                lines.append(self.SAVED[1])
            got = [self.site(k, mode) for k in range(len(sites))]
            if change:
                got = change(tag, got)
            if got is not None:
                lines += sites_lines(tag, [b.hex() for b in got],
                                     sum(len(b) for b in got))
        return '\n'.join(lines) + '\n'

    def problems(self, text):
        found = pvrt_scenarios.kvm_round_trip_problems(text)
        return {k: bool(v) for k, v in found.items()}

    def only(self, *what):
        return {k: k in what for k in pvrt_scenarios.KVM_ROUND_TRIP_PROBLEMS}

    def test_good(self):
        self.assertEqual(self.problems(self.dumps()), self.only())
        dumps = pvrt_scenarios.site_dumps(self.dumps())
        self.assertEqual(len(dumps), 6)
        self.assertEqual(len(dumps['2-1-paravirt']), 40)
        self.assertEqual(pvrt_scenarios.site_list(self.dumps()), self.SITES)

    def test_one_site_differs(self):
        def flip(at, k):
            def change(tag, got):
                if tag == at:
                    got[k] = bytes([got[k][0], got[k][1] ^ 1]) + got[k][2:]
                return got
            return change
        for tag, what in (('2-1-paravirt', 'paravirt'),
                          ('1-2-paravirt', 'paravirt'),
                          ('1-1-native', 'native'),
                          ('2-2-native', 'native')):
            for k in (0, 17, 39):
                with self.subTest(tag=tag, site=k):
                    self.assertEqual(self.problems(self.dumps(flip(tag, k))),
                                     self.only(what))
        # A site booted in a mode that differs from the switched ones.
        self.assertEqual(self.problems(self.dumps(flip('1-0-paravirt', 5))),
                         self.only('paravirt'))
        found = pvrt_scenarios.kvm_round_trip_problems(
            self.dumps(flip('2-1-paravirt', 17)))
        self.assertEqual(found['paravirt'],
                         ['2-1-paravirt: site 17 at +0x88, op 1: '
                          'e85466778890, booted paravirt: e85566778890'])

    def test_dump_missing_or_short(self):
        cases = {
            'missing': lambda tag, got: None if tag == '2-2-native' else got,
            'a site short': lambda tag, got:
                got[:-1] if tag == '1-1-native' else got,
            'a byte short': lambda tag, got:
                got[:3] + [got[3][:-1]] + got[4:] if tag == '1-0-paravirt'
                else got,
        }
        for why, change in cases.items():
            with self.subTest(why=why):
                self.assertEqual(self.problems(self.dumps(change)),
                                 self.only('dumps'))

    def test_dump_cut_or_repeated(self):
        text = self.dumps()
        lines = text.splitlines(keepends=True)
        for gone in ('pvrt: sites 2-1-paravirt 16:',
                     'pvrt: sites 1-2-paravirt:', 'pvrt: sites list 32:',
                     'pvrt: sites list:'):
            with self.subTest(gone=gone):
                cut = [ln for ln in lines if not ln.startswith(gone)]
                self.assertEqual(self.problems(''.join(cut)),
                                 self.only('dumps'))
        again = [ln for ln in lines if ln.startswith('pvrt: sites 1-0-')]
        self.assertEqual(self.problems(text + ''.join(again)),
                         self.only('dumps'))
        # A line of another writer in the middle of one of the dump's.
        broken = text.replace('pvrt: sites 2-0-native 16: e8',
                              'pvrt: sites 2-0-native 16: [ 5.1] x\ne8')
        self.assertEqual(self.problems(broken), self.only('dumps'))
        # A byte count that does not add up.
        self.assertEqual(self.problems(text.replace(
            'pvrt: sites 1-1-native: 40 sites, 210 bytes',
            'pvrt: sites 1-1-native: 40 sites, 209 bytes')),
            self.only('dumps'))
        self.assertEqual(self.problems(''), self.only('dumps'))

    def test_no_sites(self):
        self.assertEqual(self.problems(self.dumps(sites=[])),
                         self.only('dumps'))
        three = [s for s in self.SITES if s[2] != 3]
        self.assertEqual(self.problems(self.dumps(sites=three)),
                         self.only('dumps'))

    def test_modes_alike(self):
        def native_everywhere(tag, got):
            return [self.site(k, 'native') for k in range(len(got))]
        self.assertEqual(self.problems(self.dumps(native_everywhere)),
                         self.only('modes'))

        def one_site_alike(tag, got):
            if tag.endswith('paravirt'):
                got[6] = self.site(6, 'native')
            return got
        self.assertEqual(self.problems(self.dumps(one_site_alike)),
                         self.only('modes'))

        def no_call(tag, got):
            if tag.endswith('paravirt'):
                got[2] = b'\xcc' + got[2][1:]
            return got
        self.assertEqual(self.problems(self.dumps(no_call)),
                         self.only('modes'))

    def test_text_saved(self):
        good = '\n'.join(self.SAVED) + '\n'
        self.assertTrue(pvrt_scenarios.text_saved(good))
        self.assertFalse(pvrt_scenarios.text_saved(self.SAVED[0]))
        # From elsewhere than the guest's kernel code.
        self.assertFalse(pvrt_scenarios.text_saved(good.replace(
            'from 16777216', 'from 33554432', 1)))
        self.assertFalse(pvrt_scenarios.text_saved(good.replace(
            '6294184 bytes', '6294185 bytes', 1)))
        self.assertFalse(pvrt_scenarios.text_saved(good.replace(
            '01000000-01600aa7', '01000001-01600aa7', 1)))

    def test_run_checks(self):
        r = pvrt_scenarios.kvm_round_trip('guest-inline')
        self.assertEqual(r.guest_kernel(), 'guest-inline')
        self.assertEqual(r.nested['driver'][0], 'round-trip-kvm-host')

        good = self.dumps()
        self.assertEqual([ok(good) for _, ok in r.host_checks], [True] * 5)

        def flip(tag, got):
            if tag == '1-1-native':
                got[9] = bytes([got[9][0] ^ 0x80]) + got[9][1:]
            return got
        self.assertEqual([ok(self.dumps(flip)) for _, ok in r.host_checks],
                         [True, True, True, False, True])
        self.assertEqual([ok('') for _, ok in r.host_checks], [False] * 5)

        guest = ('[    0.2] kvm-guest: PV spinlocks enabled\n'
                 'pvrt: round-trip: booted paravirt, kernel code at '
                 '01000000-01600aa7\n'
                 'pvrt: round-trip: switched to native\n'
                 'pvrt: round-trip: switched to paravirt\n'
                 'pvrt: round-trip: switched to native\n'
                 f'{FINISHED}\n'
                 'pvrt: guest QEMU exited with status 0\n'
                 '[    0.2] kvm-guest: PV spinlocks disabled with '
                 'KVM_HINTS_REALTIME hints\n'
                 '[   10.0] kvm-guest: hints 0x0: PV spinlocks enabled\n'
                 'pvrt: round-trip: booted native, kernel code at '
                 '01000000-01600aa7\n'
                 'pvrt: round-trip: switched to paravirt\n'
                 'pvrt: round-trip: switched to native\n'
                 'pvrt: round-trip: switched to paravirt\n'
                 f'{FINISHED}\n'
                 'pvrt: guest QEMU exited with status 0\n')
        self.assertEqual([ok(guest) for _, ok in r.checks], [True] * 4)
        bad = {
            0: guest.replace('disabled with KVM_HINTS_REALTIME hints\n',
                             'enabled\n', 1),
            1: guest.replace('switched to paravirt\npvrt: round-trip: '
                             'switched to native\npvrt: round-trip: '
                             'switched to paravirt\n', 'switched to '
                             'paravirt\n'),
            2: guest.replace(FINISHED, 'pvrt: scenario finished rc=1', 1),
            3: guest.replace('status 0', 'status 1', 1),
        }
        for k, text in bad.items():
            with self.subTest(check=r.checks[k][0]):
                self.assertFalse(r.checks[k][1](text))


class HintChecks(unittest.TestCase):
    """The checks of the guest's KVM_CPUID_FEATURES and hint lines."""

    # KVM_FEATURE_STEAL_TIME and others in eax, KVM_HINTS_REALTIME in edx.
    PLAIN = 'pvrt: cpuid 0x40000001: 01007afb 00000000 00000000 00000001\n'
    OFFERED = 'pvrt: cpuid 0x40000001: 01807afb 00000000 00000000 00000001\n'

    def check(self, check, text):
        return check[1](text)

    def test_cpuid_leaves(self):
        self.assertEqual(pvrt_scenarios.kvm_cpuid_leaves(self.OFFERED),
                         [(0x01807afb, 0, 0, 1)])

    def test_not_offered(self):
        check = pvrt_scenarios.steal_time_hints_offered(False, 2)
        self.assertTrue(self.check(check, self.PLAIN * 2))
        self.assertFalse(self.check(check, self.PLAIN))
        self.assertFalse(self.check(check, self.OFFERED * 2))
        self.assertFalse(self.check(check, self.PLAIN + self.PLAIN.replace(
            '00000001\n', '00000000\n')))
        self.assertFalse(self.check(check, self.PLAIN +
                                    self.PLAIN.replace('7afb', '7afa')))

    def test_offered(self):
        check = pvrt_scenarios.steal_time_hints_offered(True)
        self.assertTrue(self.check(check, self.OFFERED))
        self.assertFalse(self.check(check, self.PLAIN))
        # Not without KVM_FEATURE_STEAL_TIME (bit 5).
        self.assertFalse(self.check(check, self.OFFERED.replace(
            '01807afb', '01807adb')))

    def test_last_record(self):
        check = pvrt_scenarios.last_hint_record('hints 0x0, sequence 0')
        self.assertTrue(self.check(
            check, 'kvm hint record: hints 0x1, sequence 3\n'
            'kvm hint record: hints 0x0, sequence 0\n'))
        self.assertFalse(self.check(
            check, 'kvm hint record: hints 0x0, sequence 0\n'
            'kvm hint record: hints 0x0, sequence 2\n'))
        self.assertFalse(self.check(check, 'kvm hints: 0x1\n'))

    def test_mode_never_changed(self):
        check = pvrt_scenarios.mode_never_changed('native')
        text = ('mode: native\nswitches: 0\npvrt: mode native\n'
                'mode: native\nswitches: 0\n')
        self.assertTrue(self.check(check, text))
        self.assertFalse(self.check(check, text + 'pvrt: mode paravirt\n'))
        self.assertFalse(self.check(check, text.replace(
            'pvrt: mode native\n', 'pvrt: mode native\n[   5.1] kvm-guest: '
            'hints 0x0: PV spinlocks enabled\n')))
        self.assertFalse(self.check(check, text + 'switches: 2\n'))
        self.assertFalse(self.check(check, 'pvrt: mode native\n'))

    def test_handled(self):
        check = pvrt_scenarios.handled_at_least(40)
        self.assertTrue(self.check(check,
                                   'kvm hint changes: 41 seen, 40 handled\n'))
        self.assertFalse(self.check(check,
                                    'kvm hint changes: 41 seen, 39 handled\n'))
        self.assertFalse(self.check(
            check, 'kvm hint changes: not offered by the host\n'))


class KvmSelftests(unittest.TestCase):
    def test_results(self):
        text = ('pvrt: state_test exited 0\n'
                'pvrt: xen_shinfo_test exited 4\n'
                'pvrt: dirty_log_test exited killed after 120s\n'
                'pvrt: smm_test exited 254\n')
        self.assertEqual(pvrt_scenarios.kvm_selftest_results(text),
                         {'state_test': 'pass', 'xen_shinfo_test': 'skip',
                          'dirty_log_test': 'killed after 120s',
                          'smm_test': 'exit status 254'})

    def test_verdict_with_base(self):
        ours = {'a': 'pass', 'b': 'exit status 1', 'c': 'skip',
                'd': 'exit status 254'}
        base = {'a': 'pass', 'b': 'pass', 'c': 'skip',
                'd': 'exit status 254'}
        self.assertEqual(pvrt.kvm_selftests_failures(
            {'ours': ours, 'base': base},
            {'ours': ['WARNING', 'segfault'], 'base': ['segfault']}),
            ['passed on base, not on ours: b',
             'kernel failures on ours only: WARNING'])
        self.assertEqual(pvrt.kvm_selftests_failures(
            {'ours': base, 'base': base}, {'ours': [], 'base': []}), [])

    def test_verdict_without_base(self):
        # Alone, every test that neither passes nor skips fails the run.
        self.assertEqual(pvrt.kvm_selftests_failures(
            {'ours': {'a': 'pass', 'c': 'skip', 'd': 'exit status 254',
                      'e': 'killed after 120s'}}, {'ours': []}),
            ['neither passed nor skipped: d, e'])
        self.assertEqual(pvrt.kvm_selftests_failures(
            {'ours': {'a': 'pass'}}, {'ours': ['BUG']}),
            ['kernel failures: BUG'])

    def test_run(self):
        tests = [('/bin/a_test', Path('/x/a_test')),
                 ('/bin/b_test', Path('/x/x86_64/b_test'))]
        r = pvrt_scenarios.kvm_selftests_run(tests, 60)
        self.assertEqual(r.script, ('kvm-selftests', '-t', 60, 'a_test',
                                    'b_test'))
        self.assertEqual(r.kernel, 'host')
        self.assertEqual(r.files, tests)


def torture_log(ttype, writes, reads=None):
    """What locktorture prints at its end, as pvrt_bench parses it."""
    text = f'Writes:  Total: {writes}  Max/Min: 0/0   Fail: 0\n'
    if reads is not None:
        text += f'Reads :  Total: {reads}  Max/Min: 0/0   Fail: 0\n'
    return text + f'{ttype}-torture:--- End of test: SUCCESS\n'


class Bench(unittest.TestCase):
    def test_switch_costs(self):
        text = ('pvrt: switch cost, 2 vCPUs online\n'
                'pvrt: empty stop_machine 1000 ns irqs-off 3 us in '
                'stop_machine, longest 3 us from multi_cpu_stop\n'
                'pvrt: switch 5000 ns irqs-off 7 us in stop_machine, longest '
                '11 us from a\n'
                'pvrt: switch 6000 ns irqs-off 9 us in stop_machine, longest '
                '9 us from multi_cpu_stop\n'
                'pvrt: switch cost, 4 vCPUs online\n'
                'pvrt: empty stop_machine 2000 ns\n'
                'pvrt: switch 8000 ns\n'
                'pvrt: switch 9000 ns irqs-off lost events\n')
        costs = pvrt_bench.switch_costs(text)
        self.assertEqual(costs[2]['switch'], [5000, 6000])
        self.assertEqual(costs[2]['empty'], [1000])
        self.assertEqual(pvrt_bench.irqs_off(costs[2]['irqs-off switch']),
                         (9, (11, 'a')))
        self.assertEqual(costs[4], {'empty': [2000], 'switch': [8000, 9000],
                                    'lost': 1})

    def test_irqs_off_not_measured_is_said(self):
        rounds = pvrt_bench.SWITCH_ROUNDS
        traced = {'empty': [1000] * rounds, 'switch': [5000] * 2 * rounds,
                  'irqs-off empty': [(3, 3, 'a')] * rounds,
                  'irqs-off switch': [(7, 9, 'b')] * 2 * rounds}
        untraced = {'empty': [1000] * rounds, 'switch': [5000] * 2 * rounds}
        lines, summary = [], []
        saved = pvrt_bench.log
        pvrt_bench.log = lines.append
        try:
            pvrt_bench.report_costs({2: traced, 4: untraced}, 'x', summary,
                                    'TCG', 'guest')
        finally:
            pvrt_bench.log = saved
        self.assertIn('irqs off at most 7 us', summary[0][2])
        self.assertIn('irqs off not measured', summary[1][2])
        self.assertIn('interrupts-off time not measured: 0 of 20 switches '
                      'and 0 of 10 empty calls traced', lines[1])

    def test_switch_costs_per_cpu_and_gaps(self):
        text = ('pvrt: switch cost, 2 vCPUs online\n'
                'pvrt: counters 0 sync rounds, 0 grace periods\n'
                'pvrt: switch 5000 ns irqs-off 0 us in stop_machine, longest '
                '11 us from a; per CPU: cpu0 11 us from a, cpu1 4 us from '
                'irqentry_enter\n'
                'pvrt: no switch 0.2 s irqs-off 0 us in stop_machine, '
                'longest 9 us from b; per CPU: cpu0 9 us from b, cpu1 2 us '
                'from c\n'
                'pvrt: no switch 0.2 s irqs-off lost events\n'
                'pvrt: gap switch 7000 ns: cpu0 other 900 ns (80 before) '
                'cpu1 fifo 70 ns (60 before)\n'
                'pvrt: gap switch 8000 ns:\n'
                'pvrt: counters 36 sync rounds, 12 grace periods\n')
        got = pvrt_bench.switch_costs(text)[2]
        self.assertEqual(got['per-cpu switch'],
                         [{0: (11, 'a'), 1: (4, 'irqentry_enter')}])
        self.assertEqual(got['irqs-off switch'], [(0, 11, 'a')])
        self.assertEqual(got['idle'], [{0: (9, 'b'), 1: (2, 'c')}, None])
        self.assertEqual(got['idle secs'], 0.2)
        self.assertEqual(got['gap'], [(7000, {0: ('other', 900, 80),
                                              1: ('fifo', 70, 60)}),
                                      (8000, {})])
        self.assertEqual(got['counters'], [(0, 0), (36, 12)])

    def test_lib_sh_lines_parse(self):
        """The lines that lib.sh's irqsoff awk and gap_cpus make from a
        trace and from pvgap's output are the ones the parser reads."""
        trace = ('# entries-in-buffer/entries-written: 6/6   #P:2\n'
                 '  sh-80 [000] d.... 100.000100: irq_disable: '
                 'caller=pv_switch_phase_state+0x5/0x10 parent=0x0\n'
                 '  sh-80 [000] d.... 100.000600: irq_enable: '
                 'caller=pv_switch_phase_state+0x9/0x10 parent=0x0\n'
                 '  <idle>-0 [001] d.... 100.001000: irq_disable: '
                 'caller=irqentry_enter+0x5/0x10 parent=0x0\n'
                 '  <idle>-0 [001] d.... 100.001040: irq_enable: '
                 'caller=irqentry_exit+0x9/0x10 parent=0x0\n'
                 '  <idle>-0 [001] d.... 100.002000: irq_disable: '
                 'caller=sysvec_call+0x5/0x10 parent=0x0\n'
                 '  <idle>-0 [001] d.... 100.002010: irq_enable: '
                 'caller=sysvec_call+0x9/0x10 parent=0x0\n')
        gap = ('pvgap: ready, 2 CPUs\npvgap: mark\n'
               'pvgap: cpu 0 other: longest gap 900 ns, 80 ns before the '
               'mark\n'
               'pvgap: cpu 1 fifo: longest gap 70 ns, 60 ns before the '
               'mark\n')
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / 'trace').write_text(trace)
            (Path(tmp) / 'gap').write_text(gap)
            lost = trace.replace('6/6', '6/7')
            (Path(tmp) / 'lost').write_text(lost)
            lib = pvrt_machine.SCRIPTS / 'lib.sh'
            res = subprocess.run(
                ['sh', '-c', f'. {lib}; cd {tmp}; '
                 'echo "pvrt: switch 5 ns irqs-off $(awk "$IRQSOFF_AWK" '
                 'trace)"; '
                 'echo "pvrt: switch 6 ns irqs-off $(awk "$IRQSOFF_AWK" '
                 'lost)"; '
                 'echo "pvrt: gap switch 7 ns:$(gap_cpus gap)"'],
                capture_output=True, text=True, check=True)
        got = pvrt_bench.switch_costs('pvrt: switch cost, 2 vCPUs online\n' +
                                      res.stdout)[2]
        self.assertEqual(got['switch'], [5, 6])
        self.assertEqual(got['lost'], 1)
        self.assertEqual(got['irqs-off switch'],
                         [(0, 500, 'pv_switch_phase_state')])
        self.assertEqual(got['per-cpu switch'],
                         [{0: (500, 'pv_switch_phase_state'),
                           1: (40, 'irqentry_enter')}])
        self.assertEqual(got['gap'], [(7, {0: ('other', 900, 80),
                                           1: ('fifo', 70, 60)})])


def cost_text(engine, cpus=(2,), switch_ns=5000, others_us=7, gap_ns=3000,
              rounds=None, gaps=None, syncs=4, gps=0):
    """What switch-cost.sh prints with @engine, for each number of vCPUs
    in @cpus: @rounds round trips traced per CPU, CPU 0's section always
    the longest, and @gaps with pvgap; None for the bench's own."""
    rounds = pvrt_bench.SWITCH_ROUNDS if rounds is None else rounds
    gaps = pvrt_bench.GAP_ROUNDS if gaps is None else gaps
    text = '' if engine is None else f'pvrt: switch cost, engine {engine}\n'
    for n in cpus:
        per = ', '.join(f'cpu{c} {others_us + (1000 if c == 0 else c)} us '
                        f'from f{c}' for c in range(n))
        gap = ''.join(f' cpu{c} {"other" if c == 0 else "fifo"} '
                      f'{gap_ns + c} ns ({c + 1} before)' for c in range(n))
        text += (f'pvrt: switch cost, {n} vCPUs online\n'
                 'pvrt: counters 100 sync rounds, 20 grace periods\n')
        for k in range(rounds):
            text += ('pvrt: empty stop_machine 1000 ns irqs-off 3 us in '
                     'stop_machine, longest 3 us from multi_cpu_stop; per '
                     'CPU: cpu0 3 us from multi_cpu_stop\n')
            text += 2 * (f'pvrt: switch {switch_ns + k} ns irqs-off 0 us in '
                         f'stop_machine, longest {others_us + 1000} us from '
                         f'f0; per CPU: {per}\n')
        text += gaps * ('pvrt: no switch 0.2 s irqs-off 0 us in stop_machine, '
                        'longest 2000 us from g0; per CPU: cpu0 2000 us from '
                        'g0, cpu1 5 us from g1\n')
        text += 2 * gaps * f'pvrt: gap switch {switch_ns * 2} ns:{gap}\n'
        done = 2 * rounds + 2 * gaps
        text += (f'pvrt: counters {100 + syncs * done} sync rounds, '
                 f'{20 + gps * done} grace periods\n')
    return text


class BenchEngines(unittest.TestCase):
    """The figures of both switch engines side by side."""

    def test_no_engine_line_fails(self):
        self.assertEqual(pvrt_bench.switch_engine(cost_text('phased')),
                         'phased')
        with self.assertRaisesRegex(ValueError, 'no engine line'):
            pvrt_bench.switch_engine(cost_text(None))
        with self.assertRaisesRegex(ValueError, 'x: no engine line'):
            pvrt_bench.check_engines({'phased': ('x', cost_text(None))})
        with self.assertRaisesRegex(ValueError, 'x: switched with '
                                    'stop_machine, not phased'):
            pvrt_bench.check_engines({'phased': ('x', cost_text(
                'stop_machine'))})

    def test_missing_switches_fail(self):
        with self.assertRaisesRegex(ValueError, 'x: 2 vCPUs: not every '
                                    'switch reported'):
            pvrt_bench.check_engines({'phased': ('x', cost_text(
                'phased', gaps=pvrt_bench.GAP_ROUNDS - 1))})
        with self.assertRaisesRegex(ValueError, 'not every switch'):
            pvrt_bench.check_engines({'phased': ('x', cost_text(
                'phased', rounds=1))})
        by = pvrt_bench.check_engines({'phased': ('x', cost_text('phased'))})
        self.assertEqual(list(by['phased']), [2])

    def test_engine_figures(self):
        costs = pvrt_bench.switch_costs(cost_text('phased', cpus=(4,),
                                                  syncs=12, gps=4))
        fig = pvrt_bench.engine_figures(costs[4], 4)
        rounds = pvrt_bench.SWITCH_ROUNDS
        self.assertEqual(fig['wall'], (5000 + rounds // 2, 5000 + rounds - 1))
        # CPU 0's section, the longest, is left out.
        self.assertEqual(fig['irqs'], (10, 3, 'f3'))
        self.assertEqual(fig['irqs traced'], 2 * rounds)
        self.assertEqual(fig['irqs idle'], (5, 1, 'g1'))
        self.assertEqual(fig['irqs each'], [10] * 2 * rounds)
        self.assertEqual(fig['irqs idle each'], [5] * pvrt_bench.GAP_ROUNDS)
        self.assertEqual(fig['gap others'], (3003, 3))
        self.assertEqual(fig['gap switcher'], (3000, 0))
        self.assertEqual(fig['settle others'], (4, 3))
        self.assertEqual(fig['settle switcher'], (1, 0))
        self.assertEqual(fig['gap wall'], (10000, 10000))
        self.assertEqual(fig['policies'], {'other': [0], 'fifo': [1, 2, 3]})
        self.assertEqual((fig['syncs'], fig['grace periods']), (12.0, 4.0))
        line, row = pvrt_bench.engine_line(fig)
        self.assertIn('irqs off on CPUs other than 0 at most 10 us (cpu3, '
                      'from f3), 20 of 20 switches traced, and at most 5 us '
                      '(cpu1, from g1) with no switch, in 5 of 5 windows of '
                      '0.2 s', line)
        self.assertIn('a task could not run for at most 0.00 ms on another '
                      'CPU (cpu3)', line)
        self.assertIn('10 of 10 switches with pvgap', line)
        self.assertIn('pvgap ran fifo on cpu1,cpu2,cpu3, other on cpu0', line)
        self.assertIn('per switch 12.0 sync rounds, 4.0 grace periods', line)
        self.assertNotIn('not measured', line)
        self.assertIn('irqs off on others 10 us (5 us with none)', row)

    def test_missing_figures_said_not_measured(self):
        text = cost_text('phased', cpus=(2,))
        # No per-CPU figures (a kernel without the trace events, or an old
        # awk), one pvgap report without CPU 1, and no counters at the end.
        text = re.sub(r'; per CPU:.*', '', text)
        text = text.replace(' cpu1 fifo 3001 ns (2 before)', '', 1)
        text = text[:text.rindex('pvrt: counters')]
        fig = pvrt_bench.engine_figures(pvrt_bench.switch_costs(text)[2], 2)
        self.assertIsNone(fig['irqs'])
        self.assertIsNone(fig['syncs'])
        self.assertEqual((fig['gap measured'], fig['gap windows']), (9, 10))
        line, row = pvrt_bench.engine_line(fig)
        self.assertIn('irqs off on CPUs other than 0 not measured: 0 of 20 '
                      'switches traced per CPU, with no switch not measured: '
                      '0 of 5 windows traced per CPU', line)
        self.assertIn('9 of 10 switches with pvgap', line)
        self.assertIn('sync rounds and grace periods per switch not '
                      'measured', line)
        self.assertIn('irqs off on others not measured', row)
        # Nothing at all: every figure is said to be missing.
        line, row = pvrt_bench.engine_line(pvrt_bench.engine_figures({}, 2))
        self.assertEqual(line.count('not measured'), 5)
        self.assertEqual(row.count('not measured'), 4)

    def test_report_engines(self):
        by = pvrt_bench.check_engines({
            'stop_machine': ('a', cost_text('stop_machine', cpus=(2, 4),
                                            others_us=900)),
            'phased': ('b', cost_text('phased', cpus=(2, 4), others_us=7,
                                      syncs=12, gps=4))})
        lines, summary = [], []
        saved = pvrt_bench.log
        pvrt_bench.log = lines.append
        try:
            figures = pvrt_bench.report_engines(by, 'nested KVM', 'engines',
                                                summary)
        finally:
            pvrt_bench.log = saved
        self.assertEqual([ln.split(':')[0] for ln in lines],
                         ['nested KVM, 2 vCPUs, stop_machine',
                          'nested KVM, 2 vCPUs, phased',
                          'nested KVM, 4 vCPUs, stop_machine',
                          'nested KVM, 4 vCPUs, phased'])
        self.assertEqual([r[:2] for r in summary][-1],
                         ('nested KVM', 'engines, 4 vCPUs, phased'))
        self.assertEqual(figures['stop_machine'][4]['irqs'][0], 903)
        self.assertEqual(figures['phased'][4]['irqs'][0], 10)

    def test_report_nested_engines(self):
        texts = {'stop_machine': ('a', cost_text('stop_machine', cpus=(2, 4),
                                                 others_us=900)),
                 'phased': ('b', cost_text('phased', cpus=(2, 4)))}
        lines, summary = [], []
        saved = pvrt_bench.log
        pvrt_bench.log = lines.append
        try:
            pvrt_bench.report_nested_engines(texts, summary)
            # A log without its engine line stops the benchmark.
            texts['phased'] = ('b', cost_text(None, cpus=(2, 4)))
            err = io.StringIO()
            with self.assertRaises(SystemExit), \
                    contextlib.redirect_stderr(err):
                pvrt_bench.report_nested_engines(texts, [])
            self.assertIn('bench b: no engine line', err.getvalue())
        finally:
            pvrt_bench.log = saved
        self.assertIn('pinned to one host CPU, so every nested vCPU is '
                      'preempted often', lines[0])
        self.assertTrue(all(ln.startswith('nested KVM, ')
                            for ln in lines[1:-1]), lines)
        self.assertTrue(lines[-2].startswith(
            'nested KVM, 4 vCPUs on the host\'s 2 (oversubscribed; the host '
            'is pinned to one CPU, so every nested vCPU is preempted '
            'often): phased/stop_machine longest interrupts-off section on '
            'CPUs other than 0 per switch: geometric mean ratio 1.11% '
            '[1.11%, 1.11%], n 20 and 20, which does NOT meet the goal'),
            lines[-2])
        self.assertEqual(summary[-1][:2],
                         ('nested KVM', 'phased engine\'s goal, 4 vCPUs'))

    def test_engines_goal(self):
        def figures(sm_us, ph_us, idle_us=(8, 9, 8), wall=9e6):
            return {'stop_machine': {4: {'irqs each': sm_us}},
                    'phased': {4: {'irqs each': ph_us,
                                   'irqs idle each': idle_us,
                                   'wall': (5e6, wall)}}}
        goal = pvrt_bench.engines_goal(figures([1000, 1000], [10, 10]), 4)
        self.assertIn('per switch: geometric mean ratio 1.00% [1.00%, '
                      '1.00%], n 2 and 2, which meets the goal of at most '
                      '1% (phased switch/no switch 1.202 [', goal)
        self.assertIn('n 2 and 3, unresolved); the phased switch took at '
                      'most 9.00 ms, within the bound of 1000.00 ms', goal)
        self.assertIn('[1.10%, 1.10%], n 2 and 2, which does NOT meet the '
                      'goal', pvrt_bench.engines_goal(
                          figures([1000, 1000], [11, 11]), 4))
        # An interval that holds the goal resolves nothing.
        self.assertIn('which does not resolve the goal',
                      pvrt_bench.engines_goal(
                          figures([1000, 1000, 1000], [5, 20, 10]), 4))
        self.assertIn('phased switch/no switch 100.000 [100.000, 100.000], '
                      'n 2 and 3, resolved',
                      pvrt_bench.engines_goal(
                          figures([1000, 1000], [800, 800], (8, 8, 8)), 4))
        self.assertIn('NOT within the bound', pvrt_bench.engines_goal(
            figures([1000, 1000], [10, 10], wall=2e9), 4))
        self.assertIn('not measured, the goal of at most 1% not judged',
                      pvrt_bench.engines_goal(figures([], [11, 11]), 4))
        self.assertIn('not measured', pvrt_bench.engines_goal(
            figures([1000, 1000], [11]), 4))
        self.assertIn('phased switch/no switch not measured',
                      pvrt_bench.engines_goal(
                          figures([1000, 1000], [10, 10], ()), 4))
        self.assertIn('phased switch time not measured',
                      pvrt_bench.engines_goal({}, 4))

    def test_longest_on_others(self):
        self.assertEqual(pvrt_bench.longest_on_others(
            [{0: (900, 'a'), 1: (5, 'b'), 2: (7, 'c')}, {0: (3, 'a')},
             {0: (1, 'a'), 1: (0, 'b')}]), [7, 1])

    def test_runs_of_both_engines(self):
        runs = {r.name: r for r in pvrt_bench.bench_runs()}
        phased = runs['bench-switch-guest-inline-phased']
        self.assertIn(pvrt_scenarios.PHASED, phased.args)
        self.assertNotIn(pvrt_scenarios.PHASED,
                         runs['bench-switch-guest-inline'].args)
        nested = runs['bench-nested-switch-phased']
        self.assertIn(pvrt_scenarios.PHASED, nested.args)
        self.assertEqual(nested.script[1:3], (pvrt_bench.SWITCH_ROUNDS,
                                              pvrt_bench.GAP_ROUNDS))
        self.assertEqual(runs['bench-nested-switch'].script[2:4],
                         (pvrt_bench.SWITCH_ROUNDS, pvrt_bench.GAP_ROUNDS))
        bed = pvrt_kernel.Bed({'PVRT_OUT': '/x'})
        bed.built['tools'] = Path('/x/tools')
        for r in (phased, nested):
            self.assertEqual(r.extra_files(bed),
                             ['file /bin/pvgap /x/tools/pvgap 755 0 0'])


def lb_report(mode, acq, elapsed=2_000_000_000, wait=(111, 287, 5000)):
    """A report of lockbench.ko with @acq acquisitions on CPU 0, 1, ..."""
    lines = [f'lockbench: begin mode={mode} threads={len(acq)} secs=2 cs=50 '
             'out=100']
    lines += [f'lockbench: cpu={cpu} acq={n} start_ns={cpu} '
              f'end_ns={elapsed}' for cpu, n in enumerate(acq)]
    lines += [f'lockbench: elapsed_ns={elapsed} acq={sum(acq)}',
              'lockbench: wait_ns p50={} p99={} max={}'.format(*wait),
              f'lockbench: end mode={mode}']
    return '\n'.join(lines) + '\n'


def lb_block(k, mode, alt, cpus, hints, rate=1000, works=None):
    """What bench-lock.sh prints for block @k, every work at @rate per
    second (the reference at 10 times that), each thread as often."""
    text = f'pvrt: block {k}: {mode} {alt}, {cpus} vCPUs, hints {hints}\n'
    for w in works or pvrt_bench.LB_WORKS:
        text += f'pvrt: run {w}\n'
        if w == 'msg':
            text += f'pvload: msg {cpus} pairs: {2 * rate} round trips in 2s\n'
        else:
            total = 2 * rate * (10 if w == 'free' else 1)
            text += lb_report(w, [total // cpus] * cpus)
    return text


class LockBench(unittest.TestCase):
    """The throughput part of pvrt bench."""

    def test_parse_report(self):
        text = ('[    8.897494] lockbench: loading out-of-tree module '
                'taints kernel.\n'
                'lockbench: loading out-of-tree module taints kernel.\n' +
                lb_report('lock', [300, 100], 2_000_000_000))
        run = pvrt_bench.parse_lockbench(text)
        self.assertEqual(run.mode, 'lock')
        self.assertEqual(run.acq, {0: 300, 1: 100})
        self.assertAlmostEqual(run.rate, 200.0)
        self.assertAlmostEqual(run.fairness, 3.0)
        self.assertEqual((run.p50, run.p99, run.max), (111, 287, 5000))
        self.assertEqual(pvrt_bench.parse_lockbench(
            lb_report('free', [0, 5])).fairness, float('inf'))

    def test_parse_report_refuses(self):
        good = lb_report('lock', [300, 100])
        lines = good.splitlines(keepends=True)
        bad = {'empty': '',
               'truncated': ''.join(lines[:-1]),
               'cut after a thread': ''.join(lines[:2]),
               'a thread missing': ''.join(lines[:2] + lines[3:]),
               'a thread twice': ''.join(lines[:2] + lines[1:2] + lines[3:]),
               'no begin': ''.join(lines[1:]),
               'totals disagree': good.replace('acq=400', 'acq=401'),
               'no time': good.replace('elapsed_ns=2000000000',
                                       'elapsed_ns=0'),
               'other end': good.replace('end mode=lock', 'end mode=irq'),
               'garbled wait': good.replace('p99=287', 'p99=x'),
               'two reports': good + good}
        for what, text in bad.items():
            with self.subTest(what=what):
                with self.assertRaises(ValueError):
                    pvrt_bench.parse_lockbench(text)

    def test_t_quantiles(self):
        self.assertEqual(pvrt_bench.t975(1), 12.706)
        self.assertEqual(pvrt_bench.t975(7), 2.365)
        self.assertEqual(pvrt_bench.t975(30), 2.042)
        self.assertEqual(pvrt_bench.t975(100), 2.042)
        self.assertEqual(pvrt_bench.t975(2.9), 4.303)
        with self.assertRaises(ValueError):
            pvrt_bench.t975(0)

    def test_log_interval(self):
        iv = pvrt_bench.log_interval([math.exp(x) for x in (0.1, 0.2, 0.3)])
        # mean 0.2, standard deviation 0.1, t(2) 4.303
        half = 4.303 * 0.1 / math.sqrt(3)
        self.assertAlmostEqual(iv.value, math.exp(0.2))
        self.assertAlmostEqual(iv.lo, math.exp(0.2 - half))
        self.assertAlmostEqual(iv.hi, math.exp(0.2 + half))
        self.assertEqual(iv.n, 3)
        iv = pvrt_bench.log_interval([2.0] * 4)
        self.assertAlmostEqual(iv.lo, 2.0)
        self.assertAlmostEqual(iv.hi, 2.0)
        for bad in ([1.0], [], [1.0, 0.0], [1.0, -1.0]):
            with self.subTest(values=bad):
                with self.assertRaises(ValueError):
                    pvrt_bench.log_interval(bad)

    def test_run_ratio_interval(self):
        # Rates 6 and 3; only the first phase of the first run varies:
        # variance of its mean 1, of the run's logarithm 1 / (2 * 6)^2,
        # with 1 degree of freedom, t(1) 12.706.
        iv = pvrt_bench.run_ratio_interval([[1.0, 3.0], [10.0, 10.0]],
                                           [[2.0, 2.0], [4.0, 4.0]])
        half = 12.706 / 12
        self.assertAlmostEqual(iv.value, 2.0)
        self.assertAlmostEqual(iv.lo, 2.0 * math.exp(-half))
        self.assertAlmostEqual(iv.hi, 2.0 * math.exp(half))
        self.assertEqual(iv.n, 4)
        iv = pvrt_bench.run_ratio_interval([[2.0, 2.0]], [[1.0, 1.0]])
        self.assertEqual((iv.lo, iv.value, iv.hi), (2.0, 2.0, 2.0))
        for xs, ys in (([[1.0, 2.0]], [[1.0, 2.0], [1.0, 2.0]]),
                       ([[1.0]], [[1.0, 2.0]]), ([], []),
                       ([[1.0, 0.0]], [[1.0, 2.0]])):
            with self.subTest(xs=xs, ys=ys):
                with self.assertRaises(ValueError):
                    pvrt_bench.run_ratio_interval(xs, ys)

    def test_ratio_interval(self):
        iv = pvrt_bench.ratio_interval([math.exp(1.0), math.exp(1.2)],
                                       [math.exp(0.0), math.exp(0.2)])
        # variances of the means 0.01 each, Welch's df 2, t(2) 4.303
        half = 4.303 * math.sqrt(0.02)
        self.assertAlmostEqual(iv.value, math.e)
        self.assertAlmostEqual(iv.lo, math.exp(1 - half))
        self.assertAlmostEqual(iv.hi, math.exp(1 + half))
        # Unequal variances and sizes: df 3.5 rounds down to 3.
        xs = [1.0, 1.0, 1.0, 1.0]
        ys = [math.exp(v) for v in (0.0, 0.1, 0.2, 0.3)]
        iv = pvrt_bench.ratio_interval(xs, ys)
        sd = statistics.stdev([0.0, 0.1, 0.2, 0.3])
        self.assertAlmostEqual(iv.lo, math.exp(-0.15 - 3.182 * sd / 2))
        with self.assertRaises(ValueError):
            pvrt_bench.ratio_interval([1.0], [1.0, 2.0])

    def test_verdict(self):
        iv = pvrt_bench.Interval
        self.assertEqual(iv(1.2, 1.06, 1.3, 8).verdict(), 'resolved')
        self.assertEqual(iv(0.8, 0.7, 0.94, 8).verdict(), 'resolved')
        self.assertEqual(iv(1.1, 1.04, 1.2, 8).verdict(), 'unresolved')
        self.assertEqual(iv(1.0, 0.9, 1.1, 8).verdict(), 'unresolved')
        self.assertEqual(iv(1.0, 0.97, 1.03, 8).verdict(),
                         'unresolved (within 0.95..1.05)')
        self.assertEqual(str(iv(1.0, 0.97, 1.03, 8)),
                         '1.000 [0.970, 1.030]')

    def test_parse_blocks(self):
        text = (lb_block(0, 'native', 'none', 2, 1) +
                'pvrt: want hints 0\n' +
                lb_block(1, 'paravirt', 'none', 4, 0, rate=500))
        blocks = pvrt_bench.parse_blocks(text)
        self.assertEqual([(b.index, b.mode, b.alt, b.cpus, b.hints)
                          for b in blocks],
                         [(0, 'native', 'none', 2, 1),
                          (1, 'paravirt', 'none', 4, 0)])
        self.assertAlmostEqual(blocks[1].rate('lock'), 500.0)
        self.assertAlmostEqual(blocks[1].rate('msg'), 500.0)
        self.assertAlmostEqual(blocks[1].norm('lock'), 0.1)

    def test_parse_blocks_refuses(self):
        one = lb_block(0, 'native', 'none', 2, 1)
        bad = {'a work missing': lb_block(0, 'native', 'none', 2, 1,
                                          works=('free', 'lock', 'msg')),
               'works out of order': lb_block(
                   0, 'native', 'none', 2, 1,
                   works=('lock', 'free', 'irq', 'msg')),
               'a block missing': one + lb_block(2, 'native', 'none', 2, 1),
               'cut short': one + one.replace('block 0', 'block 1')[:-40],
               'a report cut short': one.replace('lockbench: end mode=irq\n',
                                                 ''),
               'threads not vCPUs': one.replace('2 vCPUs', '4 vCPUs'),
               'other report': one.replace('pvrt: run irq',
                                           'pvrt: run irq\n' +
                                           lb_report('lock', [1, 1])),
               'no msg result': one.replace('pvload: msg', 'pvload: mgs'),
               'msg pairs': one.replace('msg 2 pairs', 'msg 4 pairs')}
        for what, text in bad.items():
            with self.subTest(what=what):
                with self.assertRaises(ValueError):
                    pvrt_bench.parse_blocks(text)

    def test_abba_order(self):
        self.assertEqual(pvrt_bench.abba_order('a', 'b', 4),
                         list('aabbaabba'))

    def blocks(self, modes):
        return [pvrt_bench.Block(k, m, 'none', 2, 0)
                for k, m in enumerate(modes)]

    def test_abba_pairs(self):
        blocks = self.blocks('aabbaabba')
        pairs = pvrt_bench.abba_pairs(blocks, 'a', 'b', 4)
        # The first block is left out; each pair is (a, b).
        self.assertEqual([(x.index, y.index) for x, y in pairs],
                         [(1, 2), (4, 3), (5, 6), (8, 7)])
        for modes in ('abbaabba', 'aabbaabb', 'aabbaabbaa', 'ababababa',
                      'babbaabba', 'aabbabbba', ''):
            with self.subTest(modes=modes):
                with self.assertRaises(ValueError):
                    pvrt_bench.abba_pairs(self.blocks(modes), 'a', 'b', 4)

    def abba_text(self, hints=None):
        text, k = '', 0
        for cpus in pvrt_bench.REGIMES:
            for mode in pvrt_bench.abba_order('native', 'paravirt',
                                              pvrt_bench.ABBA_PAIRS):
                h = pvrt_bench.SWITCHED[mode] if hints is None else hints
                text += lb_block(k, mode, 'none', cpus, h,
                                 rate=1000 if mode == 'native' else 1100)
                k += 1
        return text

    def test_abba_results(self):
        pairs = pvrt_bench.abba_results(self.abba_text())
        self.assertEqual(set(pairs), set(pvrt_bench.REGIMES))
        for cpus, got in pairs.items():
            self.assertEqual(len(got), pvrt_bench.ABBA_PAIRS)
            iv = pvrt_bench.log_interval([p.rate('lock') / n.rate('lock')
                                          for n, p in got])
            self.assertAlmostEqual(iv.value, 1.1)
            self.assertEqual(iv.verdict(), 'resolved')
            self.assertTrue(all(n.cpus == cpus and n.mode == 'native' and
                                p.mode == 'paravirt' for n, p in got))

    def test_abba_results_refuse(self):
        good = self.abba_text()
        last = good.rindex('pvrt: block ')
        for what, text in (('wrong hints', self.abba_text(hints=0)),
                           ('last block missing', good[:last]),
                           ('kvm_pvspin_alt', good.replace('native none',
                                                           'native tas'))):
            with self.subTest(what=what):
                with self.assertRaises(ValueError):
                    pvrt_bench.abba_results(text)

    def test_abba_run(self):
        r = pvrt_bench.abba_run()
        want = [f'{cpus}:{pvrt_bench.SWITCHED[m]}'
                for cpus in pvrt_bench.REGIMES
                for m in pvrt_bench.abba_order('native', 'paravirt',
                                               pvrt_bench.ABBA_PAIRS)]
        self.assertEqual(list(r.script[3:]), want)
        self.assertEqual(r.nested['driver'][2:],
                         tuple(int(p[-1]) for p in want))

    def test_alt_results(self):
        text, k = '', 0
        for cpus in pvrt_bench.REGIMES:
            for _ in range(1 + pvrt_bench.ALT_BLOCKS):
                text += lb_block(k, 'native', 'tas', cpus,
                                 pvrt_bench.ALT_HINTS[cpus])
                k += 1
        kept = pvrt_bench.alt_results('tas', text)
        self.assertEqual({c: [b.index for b in blks]
                          for c, blks in kept.items()},
                         {2: [1, 2], 4: [4, 5]})
        for what, bad in (('hint-wait', ('hint-wait', text)),
                          ('switched', ('tas', text.replace('native tas',
                                                            'paravirt tas'))),
                          ('short', ('tas', text[:text.rindex('pvrt: b')]))):
            with self.subTest(what=what):
                with self.assertRaises(ValueError):
                    pvrt_bench.alt_results(*bad)

    def test_alt_runs_interleaved(self):
        names = [r.name for _, r in pvrt_bench.alt_runs()]
        self.assertEqual(names[:4], ['bench-alt-tas-1',
                                     'bench-alt-hint-wait-1',
                                     'bench-alt-tas-2',
                                     'bench-alt-hint-wait-2'])
        self.assertGreaterEqual(pvrt_bench.ALT_BOOTS, 3)

    def test_tail_figures(self):
        blocks = pvrt_bench.parse_blocks(
            lb_block(0, 'native', 'tas', 2, 1) +
            lb_block(1, 'native', 'tas', 2, 1).replace(
                'cpu=1 acq=1000', 'cpu=1 acq=0').replace('acq=2000',
                                                         'acq=1000'))
        self.assertEqual(blocks[1].runs['lock'].fairness, math.inf)
        self.assertEqual(pvrt_bench.tail_figures(blocks[:1], 'lock'),
                         'fairness max/min median 1.00 (worst 1.00), wait '
                         'p99 median 0.3 us (worst 0.3), longest 0.0 ms')
        self.assertIn('(worst a thread took none)',
                      pvrt_bench.tail_figures(blocks, 'lock'))

    def test_bench_estimate(self):
        runs = pvrt_bench.bench_runs()
        times = {'build': {}, 'bench': {r.name: 60 for r in runs}}
        self.assertIn(f'{len(runs)} boots: about {len(runs)} min, as the '
                      'last time', pvrt_bench.bench_estimate(runs, times)[1])
        del times['bench'][runs[0].name]
        self.assertIn(f'at most {pvrt_kernel.minutes(runs[0].timeout)} for '
                      'the others', pvrt_bench.bench_estimate(runs, times)[1])
        self.assertIn('none timed here yet',
                      pvrt_bench.bench_estimate(runs, {})[1])


class Scripts(unittest.TestCase):
    def runs(self):
        runs = [r for scen in pvrt_scenarios.SCENARIOS.values()
                for r in scen() if not isinstance(r, pvrt_machine.Inspect)]
        return runs + pvrt_bench.bench_runs() + \
            [pvrt_scenarios.hint_phases_run('h', [(4, 1)], 1)]

    def test_every_script_exists(self):
        for r in self.runs():
            scripts = [r.script]
            if r.nested and 'driver' in r.nested:
                scripts.append(r.nested['driver'])
            for script in scripts:
                with self.subTest(run=r.name, script=script[0]):
                    self.assertTrue(
                        (pvrt_machine.SCRIPTS / f'{script[0]}.sh').is_file())

    def test_scripts_parse(self):
        for sh in sorted(pvrt_machine.SCRIPTS.glob('*.sh')):
            with self.subTest(script=sh.name):
                res = subprocess.run(['sh', '-n', str(sh)],
                                     capture_output=True, text=True,
                                     check=False)
                self.assertEqual(res.returncode, 0, res.stderr)

    def test_shellcheck(self):
        """Every shell script of the harness passes shellcheck, which
        follows what they source from the scripts' directory."""
        scripts = sorted(pvrt_machine.SCRIPTS.glob('*.sh')) + \
            [pvrt_kernel.HERE / sh for sh in ('init.sh', 'ci.sh', 'pvrt.sh')]
        res = subprocess.run(['shellcheck', '-x'] + [str(s) for s in scripts],
                             cwd=pvrt_machine.SCRIPTS, capture_output=True,
                             text=True, check=False)
        self.assertEqual(res.returncode, 0, res.stdout + res.stderr)

    def test_in_every_initramfs(self):
        ent = pvrt_machine.base_entries()
        self.assertIn(f'dir {pvrt_machine.SCRIPTS_AT} 755 0 0', ent)
        lib = pvrt_machine.SCRIPTS / 'lib.sh'
        self.assertIn(f'file {pvrt_machine.SCRIPTS_AT}/lib.sh {lib} 755 0 0',
                      ent)

    def test_scenario_sh(self):
        self.assertEqual(pvrt_machine.scenario_sh(('locktorture', 30,
                                                   'spin_lock')),
                         '#!/bin/sh\nexec /lib/pvrt/locktorture.sh 30 '
                         'spin_lock\n')

    def test_nested_script(self):
        script = pvrt_machine.nested_script('pv_selftest=1', 4, 'host,-xsave',
                                            ('kvm-no-feature-host', 10))
        self.assertEqual(pvrt_machine.scenario_sh(script),
                         '#!/bin/sh\nexec /lib/pvrt/nested.sh 4 host,-xsave '
                         "'console=ttyS0 panic=-1 loglevel=7 pv_selftest=1' "
                         "'[guest] ' 1 /lib/pvrt/kvm-no-feature-host.sh 10\n")
        self.assertEqual(pvrt_machine.nested_script('', 2, 'host')[3:],
                         ('console=ttyS0 panic=-1 loglevel=7', '[guest] ', 1))
        self.assertEqual(pvrt_machine.nested_script('', 2, 'host', None,
                                                    False)[5:], (0,))

    def test_hints_feature_reaches_nested_sh(self):
        r = pvrt_scenarios.scen_kvm_no_feature()[0]
        self.assertIs(r.nested['hints_feature'], False)
        self.assertEqual(r.guest_kernel(), 'guest')


class CrossKvm(unittest.TestCase):
    KDIR = '/src/tools/testing/pvrt/build/kernel/arm64-kvm'
    # make -s -k on a tree where kvm_main.c does not compile for arm64,
    # cut down.
    OUT = """In file included from ../../../../../../include/linux/kvm_types.h:22,
                 from ../../../../../../virt/kvm/kvm_main.c:16:
../../../../../../virt/kvm/kvm_main.c: In function 'kvm_vm_ioctl_from_any_mm':
../../../../../../include/uapi/linux/kvm.h:2235:52: error: invalid application of 'sizeof' to incomplete type 'struct kvm_pv_hints'
 2235 | #define KVM_GET_PV_HINTS        _IOR(KVMIO,  0xdb, struct kvm_pv_hints)
../../../../../../include/uapi/asm-generic/ioctl.h:73:12: note: in definition of macro '_IOC'
../../../../../../include/uapi/linux/kvm.h:2235:52: error: invalid application of 'sizeof' to incomplete type 'struct kvm_pv_hints'
./arch/arm64/include/generated/asm/x.h:1: error: made up
../../../../../../virt/kvm/kvm_main.c:4722:1: error: control reaches end of non-void function [-Werror=return-type]
cc1: some warnings being treated as errors
make[4]: *** [/src/scripts/Makefile.build:250: arch/arm64/kvm/../../../virt/kvm/kvm_main.o] Error 1
make[4]: *** [/src/scripts/Makefile.build:250: arch/arm64/kvm/vgic/vgic.o] Error 1
make[4]: Target 'arch/arm64/kvm/' not remade because of errors.
make[3]: *** [/src/scripts/Makefile.build:503: arch/arm64/kvm] Error 2
make[2]: *** [/src/scripts/Makefile.build:503: arch/arm64] Error 2
make[1]: *** [/src/Makefile:2025: .] Error 2
make: *** [Makefile:238: __sub-make] Error 2
"""

    def test_make_command(self):
        native = pvrt_kernel.make_command('/src', '/out', ccache=False)
        self.assertEqual(native, ['make', '-C', '/src', 'O=/out',
                                  f'-j{pvrt_kernel.JOBS}'])
        self.assertEqual(pvrt_kernel.make_command('/src', '/out',
                                                  ccache=True)[-1],
                         'CC=ccache gcc')
        cross = pvrt_kernel.make_command(
            '/src', '/out', pvrt_kernel.CROSS_KVM_ARCH,
            pvrt_kernel.CROSS_KVM_COMPILE, ccache=True)
        self.assertEqual(cross[5:], ['ARCH=arm64',
                                     'CROSS_COMPILE=aarch64-linux-gnu-',
                                     'CC=ccache aarch64-linux-gnu-gcc'])
        self.assertNotIn('CC=ccache aarch64-linux-gnu-gcc',
                         pvrt_kernel.make_command(
                             '/src', '/out', 'arm64', 'aarch64-linux-gnu-',
                             ccache=False))

    def test_fragment(self):
        """The fragment asks for KVM, stands alone (x86's common is not
        under it) and names a compiler that the harness installs."""
        want = pvrt_kernel.config_values(
            pvrt_kernel.HERE / 'configs' / pvrt_kernel.CROSS_KVM)
        self.assertEqual(want.get('CONFIG_VIRTUALIZATION'), 'y')
        self.assertEqual(want.get('CONFIG_KVM'), 'y')
        self.assertNotIn(pvrt_kernel.CROSS_KVM, pvrt_kernel.KERNELS)
        self.assertIn('gcc-' + pvrt_kernel.CROSS_KVM_COMPILE.rstrip('-'),
                      pvrt_kernel.PKGS_CROSS)

    def test_failed_files(self):
        self.assertEqual(pvrt_kernel.failed_files(self.OUT),
                         ['virt/kvm/kvm_main.o',
                          'arch/arm64/kvm/vgic/vgic.o'])
        self.assertEqual(pvrt_kernel.failed_files('warning: x\n'), [])

    def test_compiler_errors(self):
        self.assertEqual(pvrt_kernel.compiler_errors(self.OUT, self.KDIR,
                                                     '/src'), [
            "include/uapi/linux/kvm.h:2235:52: error: invalid application "
            "of 'sizeof' to incomplete type 'struct kvm_pv_hints'",
            'arch/arm64/include/generated/asm/x.h:1: error: made up',
            'virt/kvm/kvm_main.c:4722:1: error: control reaches end of '
            'non-void function [-Werror=return-type]'])

    def test_compiled_objects(self):
        with tempfile.TemporaryDirectory() as tmp:
            kdir = Path(tmp)
            objs = {'virt/kvm/kvm_main.o': '../virt/kvm/kvm_main.c',
                    'arch/arm64/kvm/hyp/entry.nvhe.o':
                        '../arch/arm64/kvm/hyp/entry.S',
                    'arch/arm64/kvm/hyp/nvhe/kvm_nvhe.o': None,
                    'virt/lib/irqbypass.o': '../virt/lib/irqbypass.c'}
            for obj, source in objs.items():
                o = kdir / obj
                o.parent.mkdir(parents=True, exist_ok=True)
                o.write_bytes(b'')
                text = f'cmd_{obj} := ld -r -o {obj}\n'
                if source:
                    text = f'cmd_{obj} := gcc -c\n\nsource_{obj} := ' \
                        f'{source}\n\ndeps_{obj} := \\\n  x.h \\\n'
                o.with_name(f'.{o.name}.cmd').write_text(text)
            # A .cmd left without its object is not counted.
            (kdir / 'virt/kvm/.gone.o.cmd').write_text(
                'source_virt/kvm/gone.o := ../virt/kvm/gone.c\n')
            found = pvrt_kernel.compiled_objects(kdir,
                                                 pvrt_kernel.CROSS_KVM_DIRS)
            self.assertEqual(
                {d: [str(o.relative_to(kdir)) for o in objs]
                 for d, objs in found.items()},
                {'virt/kvm': ['virt/kvm/kvm_main.o'],
                 'arch/arm64/kvm': ['arch/arm64/kvm/hyp/entry.nvhe.o']})
            self.assertEqual(pvrt_kernel.compiled_objects(kdir, ['virt/x']),
                             {'virt/x': []})


class Estimate(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.bed = pvrt_kernel.Bed({'PVRT_OUT': self.tmp.name})
        self.runs = {'a': [pvrt_machine.Run('a1', '', timeout=120),
                           pvrt_machine.Run('a2', '', timeout=60)],
                     'b': [pvrt_machine.Run('b1', '', timeout=300)]}

    def tearDown(self):
        self.tmp.cleanup()

    def test_nothing_timed(self):
        build, boots = pvrt.estimate(self.bed, ['guest', 'host'], self.runs)
        self.assertIn('2 kernels to build (guest, host)', build)
        self.assertIn('a guess', build)
        self.assertIn('none timed here yet: at most 8 min', boots)

    def test_timed(self):
        pvrt_kernel.save_times(self.bed, {'build': {'guest': 300,
                                                    'host': 420},
                                          'scenario': {'a': 150}})
        build, boots = pvrt.estimate(self.bed, ['guest', 'host'], self.runs)
        self.assertIn('about 12 min from scratch', build)
        self.assertNotIn('a guess', build)
        self.assertIn('about 2 min for the 1 run here before, at most 5 '
                      'min for the others', boots)
        pvrt_kernel.save_times(self.bed, {'build': {'guest': 300,
                                                    'host': 420},
                                          'scenario': {'a': 150, 'b': 30}})
        self.assertIn('about 3 min, as the last time',
                      pvrt.estimate(self.bed, ['guest'], self.runs)[1])
        self.assertIn('about 9 min, as the last time',
                      pvrt.estimate(self.bed, ['guest'], self.runs, 3)[1])


TESTDATA = Path(__file__).resolve().parent / 'testdata'


def stored(name):
    """A log stored in testdata/: a real one, with each kernel's boot
    messages before /init and the QEMU command line left out."""
    return (TESTDATA / f'{name}.log').read_text()


def stored_run(name):
    """The scenarios' run named @name, and its log stored in testdata/."""
    runs = {r.name: r for make in pvrt_scenarios.SCENARIOS.values()
            for r in make()}
    return runs[name], stored(name)


def without(text, pattern):
    """@text without the lines that match @pattern."""
    pat = re.compile(pattern)
    return ''.join(ln for ln in text.splitlines(True) if not pat.search(ln))


class Judge(unittest.TestCase):
    """The judge on stored logs: every kind of failure that
    harness-catches provokes is caught, for its reason; the same log
    with that failure taken out fails the must-fail run; and a clean log
    passes until anything about it goes wrong."""

    CATCHES = {r.name: r for r in pvrt_scenarios.scen_harness_catches()}

    def verdict(self, r, text):
        return pvrt_judge.judge(r, text)

    def test_every_catch(self):
        for name, r in self.CATCHES.items():
            with self.subTest(run=name):
                v = self.verdict(r, stored(name))
                self.assertTrue(v.ok, v.lines)
                self.assertTrue(any(why.startswith(r.expect)
                                    for why in v.reasons), v.reasons)

    def taken_out(self, r, text):
        """@text of the must-fail run @r without the failure it shows."""
        patterns = dict(pvrt_parser.FAIL_PATTERNS)
        if r.expect in patterns:
            return without(text, patterns[r.expect].pattern)
        if r.expect == 'locktorture Fail':
            return re.sub(r'Fail: \d+', 'Fail: 0', text)
        if r.expect.startswith('scenario exited'):
            return text.replace('rc=3', 'rc=0')
        if r.expect.startswith('timeout'):
            return re.sub(r'(?m)^#pvrt end: timeout \d+$', '#pvrt end: paused',
                          text)
        if r.expect == 'machine reset':
            # The kernel that reset said so.
            bye = 'reboot: Restarting system\n'
            prefix = pvrt_parser.GUEST_PREFIX if r.nested else ''
            return text.replace('#pvrt end:', prefix + bye + '#pvrt end:')
        raise AssertionError(f'no way to take out {r.expect}')

    def test_every_catch_fails_without_its_failure(self):
        for name, r in self.CATCHES.items():
            with self.subTest(run=name):
                text = self.taken_out(r, stored(name))
                self.assertNotEqual(text, stored(name))
                v = self.verdict(r, text)
                self.assertFalse(v.ok, v.lines)

    def test_lockdep_report_before_the_held_lock_check(self):
        # A task that must reschedule or resume rseq on its way out
        # sleeps with the lock held: lockdep reports the invalid wait
        # context and turns itself off before it checks for held locks.
        # Stored from a catch-lockdep with CPU hogs on the task's CPU.
        r = self.CATCHES['catch-lockdep']
        text = stored('catch-lockdep-rseq')
        self.assertNotIn('lock held when returning', text)
        v = self.verdict(r, text)
        self.assertTrue(v.ok, v.lines)
        self.assertIn('lockdep', v.reasons)
        v = self.verdict(r, without(text, r'Invalid wait context'))
        self.assertFalse(v.ok, v.lines)

    def test_stuck_cpus(self):
        r = self.CATCHES['catch-freeze']
        text = stored('catch-freeze')
        one_moved = text.replace(
            '#pvrt evidence: CPU#3: RIP 1 s and 2 s later: '
            'lkdtm_HARDLOCKUP+0xf; lkdtm_HARDLOCKUP+0xf',
            '#pvrt evidence: CPU#3: RIP 1 s and 2 s later: '
            'default_idle+0x4; default_idle+0x4')
        self.assertNotEqual(one_moved, text)
        # Its registers still name the function; what counts is that
        # every CPU shows it, which one without any line does not.
        self.assertTrue(self.verdict(r, one_moved).ok)
        one_gone = without(text, r'^#pvrt evidence: CPU#3')
        v = self.verdict(r, one_gone)
        self.assertFalse(v.ok)
        self.assertIn('the monitor showed RIP in lkdtm_HARDLOCKUP on every '
                      'CPU: no', '\n'.join(v.lines))
        for name in ('catch-reset', 'catch-guest-reset'):
            with self.subTest(run=name):
                v = self.verdict(self.CATCHES[name],
                                 without(stored(name),
                                         '^#pvrt evidence: .*'
                                         'native_machine_emergency_restart'))
                self.assertFalse(v.ok)
                self.assertIn('native_machine_emergency_restart on one CPU: '
                              'no', '\n'.join(v.lines))

    CLEAN = ('round-trip-guest', 'bad-input')

    def test_clean_logs_pass(self):
        for name in self.CLEAN:
            with self.subTest(run=name):
                r, text = stored_run(name)
                v = self.verdict(r, text)
                self.assertTrue(v.ok, v.lines)
                self.assertEqual((v.reasons, v.failed_checks), ([], []))

    def test_clean_log_broken(self):
        r, text = stored_run('round-trip-guest')
        broken = {
            'the log has no record of how the machine ended':
                without(text, '^#pvrt end:'),
            'timeout after 300s': text.replace('#pvrt end: paused',
                                               '#pvrt end: timeout 300'),
            'no console output for 180s from either machine':
                text.replace('#pvrt end: paused', '#pvrt end: silent 180'),
            'QEMU failed while the kernel ran':
                text.replace('#pvrt end: paused', '#pvrt end: exited')
                .replace('qemu-status: 0', 'qemu-status: 1'),
            'QEMU exited by itself with status 0':
                text.replace('#pvrt end: paused', '#pvrt end: exited'),
            'machine reset with no kernel message (guest)':
                without(text, 'reboot: Restarting system'),
            'WARNING': text.replace('pvrt: round-trip: text in native',
                                    'WARNING: CPU: 1 PID: 1 at x.c:1 f\n'
                                    'pvrt: round-trip: text in native'),
            'scenario did not finish (guest)':
                without(text, 'scenario finished'),
        }
        for why, log in broken.items():
            with self.subTest(why=why):
                v = self.verdict(r, log)
                self.assertFalse(v.ok)
                self.assertIn(why, v.reasons)
        checks = {
            'guest did not come up with 4 CPUs':
                text.replace(', 4 CPUs', ', 3 CPUs'),
            'in native again, every site is byte-identical to boot '
            '(QEMU monitor)': text.replace('native: 0 of', 'native: 1 of'),
            'in paravirt, every site of the four ops differs from boot '
            '(QEMU monitor)': text.replace('paravirt: 69 of',
                                           'paravirt: 68 of'),
            'at boot, the sites of the four ops that switch (QEMU monitor)':
                text.replace('of 4 ops', 'of 3 ops'),
        }
        for check, log in checks.items():
            with self.subTest(check=check):
                v = self.verdict(r, log)
                self.assertFalse(v.ok)
                self.assertEqual(v.failed_checks, [check])

    def test_script_ktap(self):
        r, text = stored_run('bad-input')
        v = self.verdict(r, text.replace('ok 5 rejects a write by nobody',
                                         'not ok 5 rejects a write by nobody'))
        self.assertFalse(v.ok)
        self.assertEqual(v.failed_checks, ['rejects a write by nobody'])
        v = self.verdict(r, without(text, '^ok 9 '))
        self.assertFalse(v.ok)
        self.assertEqual(v.failed_checks[:2], [
            "the script's KTAP report: its 9 results",
            'rejects an unknown word'])

    def test_console_keeps_no_records(self):
        text = stored('round-trip-guest')
        self.assertNotIn('#pvrt', pvrt_judge.console(text))
        self.assertEqual(pvrt_judge.records(text)[:2],
                         [('run', 'round-trip-guest'), ('end', 'paused')])

    def test_judge_command(self):
        out = []
        saved = pvrt.log
        pvrt.log = out.append
        with tempfile.TemporaryDirectory() as d:
            bad = Path(d, 'catch-warning.log')
            bad.write_text(without(stored('catch-warning'), 'WARNING: '))
            logs = [TESTDATA / 'catch-freeze.log', bad,
                    TESTDATA / 'bad-input.log']
            norun = Path(d, 'x.log')
            norun.write_text(without(stored('bad-input'), '^#pvrt run:'))
            try:
                status = pvrt.cmd_judge(None, type('A', (), {'logs': logs}))
                with self.assertRaises(SystemExit):
                    pvrt.cmd_judge(None, type('A', (), {'logs': [norun]}))
            finally:
                pvrt.log = saved
        self.assertEqual(status, 1)
        test = pvrt_parser.ktap_parse(out)
        S = pvrt_parser.kunit_parser.TestStatus
        self.assertEqual([(t.name, t.status) for t in test.subtests],
                         [('catch-freeze caught (timeout after 60s)',
                           S.SUCCESS),
                          ('catch-warning caught (WARNING)', S.FAILURE),
                          ('bad-input (boot)', S.SUCCESS)], '\n'.join(out))


class CutLines(unittest.TestCase):
    """A console on which kernel messages start in the middle of a
    program's lines, as they do when the program's output still waits in
    the serial port's buffer: the judge reads each line whole."""

    MSG = ('[    1.328551] pv_lock_ops: no automatic mode here: it needs a '
           'steal clock and two sets of lock ops\n')
    G = pvrt_parser.GUEST_PREFIX

    def cut(self, text, line, at, records, prefix=''):
        """@text with its @line cut after @at characters by @records, the
        rest of @line (after @prefix, which starts each line of the
        machine that cut it) on a line of its own after them."""
        self.assertIn(line + '\n', text)
        return text.replace(line + '\n', line[:at] + records + prefix +
                            line[at:] + '\n', 1)

    def test_bad_input_cut(self):
        r, text = stored_run('bad-input')
        cuts = [('ok 5 rejects a write by nobody', 18, self.MSG * 2),
                ('ok 6 rejects auto without a steal clock', 39, self.MSG),
                ('pvrt: scenario finished rc=0', 6, self.MSG)]
        for line, at, records in cuts:
            with self.subTest(line=line):
                v = pvrt_judge.judge(r, self.cut(text, line, at, records))
                self.assertTrue(v.ok, v.lines)
        # Cut twice: the rest of the line is cut again.
        twice = self.cut(self.cut(text, 'ok 7 state unchanged after '
                                  'rejected writes', 9, self.MSG),
                         'e unchanged after rejected writes', 12,
                         self.MSG)
        v = pvrt_judge.judge(r, twice)
        self.assertTrue(v.ok, v.lines)

    def test_step_seen(self):
        r, text = stored_run('round-trip-guest')
        line = 'pvrt: round-trip: text in paravirt'
        self.assertTrue(pvrt_judge.printed(r, text, line))
        cut = self.cut(text, line, 25, self.MSG)
        self.assertNotIn(line, cut)
        self.assertTrue(pvrt_judge.printed(r, cut, line))
        self.assertFalse(pvrt_judge.printed(r, without(text, line), line))

    def test_lines_mended(self):
        lines = pvrt_parser.whole_lines(
            ['a program\'s li' + self.MSG.strip(), '[    1.4] more',
             'ne', 'whole', 'cut at its end' + self.MSG.strip(), '',
             'twi' + self.MSG.strip(), 'c' + self.MSG.strip(), 'e',
             '[    1.5] in a message: [    1.2] stays'])
        self.assertEqual(lines, [self.MSG.strip(), '[    1.4] more',
                                 'a program\'s line', 'whole',
                                 self.MSG.strip(), 'cut at its end',
                                 self.MSG.strip(), self.MSG.strip(),
                                 'twice',
                                 '[    1.5] in a message: [    1.2] stays'])

    def test_stored_logs_unchanged(self):
        for log in sorted(TESTDATA.glob('*.log')):
            with self.subTest(log=log.name):
                lines = pvrt_judge.console(log.read_text()).splitlines()
                for guest in (True, False):
                    own = [ln[len(self.G):] if guest else ln for ln in lines
                           if ln.startswith(self.G) == guest]
                    self.assertEqual(pvrt_parser.whole_lines(own), own)

    def test_nested_guest_cut(self):
        r, text = stored_run('phase-stretch-kvm')
        g = self.G
        line = 'pvrt: init on 6.1.176-pvrt+, 4 CPUs'
        text = self.cut(text, g + line, 20,
                        self.MSG + g + self.MSG, g)
        guest = pvrt_judge.machines_of(r, text)['guest']
        self.assertIn(line, guest)
        self.assertEqual(guest.count(self.MSG.strip()), 2)
        self.assertIn(line, pvrt_parser.machine_text(text, True).splitlines())


class ScriptKtap(unittest.TestCase):
    """A script's own KTAP report, from lib.sh's functions, as the
    harness reads it."""

    NAMES = ['first', 'second']

    def report(self, body):
        res = subprocess.run(
            ['sh', '-c', f'. {pvrt_machine.SCRIPTS / "lib.sh"}; {body}'],
            capture_output=True, text=True, check=True)
        # As on a console: kernel messages around and in between.
        return ('[    1.0] kvm: a message\n' +
                re.sub(r'(?m)^((not )?ok 2)', r'[    1.1] lkdtm: x\n\1',
                       res.stdout) +
                'pvrt: scenario finished rc=0\n')

    def checked(self, text):
        return [fn(text) for _, fn in pvrt_parser.script_ktap(self.NAMES)]

    def test_all_ok(self):
        text = self.report('ktap_plan 2; ktap first true; '
                           'ktap second test 1 = 1')
        self.assertEqual(self.checked(text), [True, True, True])

    def test_message_before_plan(self):
        # The console may show a message that the kernel printed after
        # the plan between the header and the plan.
        text = self.report('ktap_plan 2; ktap first true; '
                           'ktap second true').replace(
            'KTAP version 1\n', 'KTAP version 1\n[    1.2] pv: x\n')
        self.assertIn('[    1.2] pv: x\n1..2', text)
        self.assertEqual(self.checked(text), [True, True, True])

    def test_one_not_ok(self):
        text = self.report('ktap_plan 2; ktap first true; ktap second false')
        self.assertIn('not ok 2 second', text)
        self.assertEqual(self.checked(text), [True, True, False])
        # Any "not ok" fails the run, whatever its checks.
        self.assertIn('KUnit failure', pvrt_parser.classify(
            text, {'guest': text.splitlines()}))

    def test_short_or_other_report(self):
        self.assertEqual(self.checked(self.report(
            'ktap_plan 2; ktap first true')), [False, False, False])
        self.assertEqual(self.checked(self.report(
            'ktap_plan 2; ktap second true; ktap first true')),
            [False, False, False])
        self.assertEqual(self.checked(self.report(
            'ktap_plan 3; ktap first true; ktap second true')),
            [False, True, True])
        self.assertEqual(self.checked(''), [False, False, False])


class BedContext(unittest.TestCase):
    """A command's context comes from the environment it is given, and
    from nothing read on import."""

    def test_defaults(self):
        bed = pvrt_kernel.Bed({})
        self.assertEqual(bed.out, pvrt_kernel.HERE / 'build')
        self.assertEqual((bed.qemu, bed.tcg, bed.host_cpu, bed.host_args,
                          bed.pin, bed.host_src),
                         (pvrt_kernel.QEMU, 'multi', 'max,-fsgsbase', '',
                          True, ''))

    def test_from_environment(self):
        with tempfile.TemporaryDirectory() as d:
            bed = pvrt_kernel.Bed({'PVRT_OUT': d, 'PVRT_PIN': '0',
                                   'PVRT_TCG': 'single',
                                   'PVRT_HOST_ARGS': 'kvm_amd.npt=0'})
            self.assertEqual(bed.out, Path(d).resolve())
            self.assertEqual(bed.logs, Path(d).resolve() / 'logs')
            self.assertTrue(bed.logs.is_dir())
        self.assertEqual((bed.pin, bed.tcg, bed.host_args),
                         (False, 'single', 'kvm_amd.npt=0'))

    def test_with_host_src(self):
        bed = pvrt_kernel.Bed({'PVRT_OUT': '/x'})
        bed.built.update(host=Path('/x/kernel/host'),
                         guest=Path('/x/kernel/guest'))
        base = bed.with_host_src('/src/base')
        self.assertEqual((base.host_src, base.out), ('/src/base', bed.out))
        self.assertEqual(list(base.built), ['guest'])
        self.assertEqual((bed.host_src, sorted(bed.built)),
                         ('', ['guest', 'host']))


class HintLatency(unittest.TestCase):
    """The guest's report of each change it followed is a record of its
    kernel's log, which no other message can split."""

    def test_follow_lines(self):
        text = ('[   52.95] kvm-guest: hints 0x0: PV spinlocks enabled\n'
                '[   52.96] pvrt: paravirt, 293653625 ns, change 1.\n'
                '[   54.23] kvm-guest: hints 0x1: PV spinlocks disabled\n'
                '[   54.50] pvrt: native, 806656521 ns, change 2.\n')
        self.assertEqual(pvrt_bench.GUEST_FOLLOW.findall(text),
                         [('paravirt', '293653625'), ('native', '806656521')])
        # A line of the script's own, on the console, that a kernel
        # message split, is no report.
        split = ('pvrt: native, 806656521 ns, chan[   54.49] hrtimer: '
                 'interrupt took 64066338 ns\nge 2.\n')
        self.assertEqual(pvrt_bench.GUEST_FOLLOW.findall(split), [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
