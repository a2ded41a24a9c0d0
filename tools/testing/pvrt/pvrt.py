#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Build, boot and check kernels for runtime paravirt patching.

Commands:
  demo              boot the guest under TCG with locktorture and show its
                    spinlock implementation and throughput
  check [SCEN...]   run the test scenarios (all, or the ones named) and
                    report KTAP; the last line is
                    "N passed, N failed, N retried"
  bench             print benchmark figures
  list              list the scenarios
  selftest          run the harness's own unit tests, on stored console
                    text; they boot nothing

Kernels are built out of tree under tools/testing/pvrt/build/ (or
$PVRT_OUT) from the fragments in tools/testing/pvrt/configs/, with ccache.
"""

import argparse
import bisect
import io
import json
import os
import re
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[2]

# KTAP on a console is read by the kernel's own parser, quietly.
sys.path.insert(0, str(SRC / 'tools' / 'testing' / 'kunit'))
import kunit_parser  # noqa: E402 pylint: disable=wrong-import-position
import kunit_printer  # noqa: E402 pylint: disable=wrong-import-position
kunit_parser.stdout = kunit_printer.Printer(io.StringIO())
OUT = Path(os.environ.get('PVRT_OUT', HERE / 'build')).resolve()
JOBS = os.cpu_count() or 1

# Kernel configs: each is allnoconfig plus these fragments, in order.
KERNELS = {
    'guest': ['common', 'guest'],
    'guest-preempt': ['common', 'guest', 'guest-preempt'],
    'guest-inline': ['common', 'guest', 'guest-inline'],
    'host': ['common', 'host'],
}

GUESTS = [k for k in KERNELS if k.startswith('guest')]

# Debian packages, by what needs them.
PKGS_BUILD = ['gcc', 'make', 'flex', 'bison', 'bc', 'perl', 'libelf-dev',
              'libssl-dev', 'libc6-dev', 'ccache']
PKGS_BOOT = ['qemu-system-x86', 'qemu-system-data', 'seabios',
             'busybox-static']

# Anything that matches one of these on a console fails the run.  The
# name is the reason reported.
FAIL_PATTERNS = [
    ('BUG', re.compile(r'\bBUG: |kernel BUG at')),
    ('WARNING', re.compile(r'\bWARNING: ')),
    ('lockdep', re.compile(
        r'possible (recursive|circular) locking|inconsistent lock state|'
        r'possible irq lock inversion|lock held when returning to user|'
        r'bad unlock balance|held lock freed|suspicious RCU usage|'
        r'trying to register non-static key')),
    ('soft lockup', re.compile(r'soft lockup - CPU#')),
    ('hard lockup', re.compile(r'[Hh]ard LOCKUP')),
    ('RCU stall', re.compile(r'rcu: INFO: .*detected stall')),
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

CMDLINE = 'console=ttyS0 panic=-1 loglevel=7'


def log(msg):
    print(msg, flush=True)


def die(msg):
    print(f'pvrt: {msg}', file=sys.stderr, flush=True)
    sys.exit(2)


# -- set-up ----------------------------------------------------------------

def missing_packages(pkgs):
    missing = []
    for pkg in pkgs:
        res = subprocess.run(['dpkg-query', '-W', '-f=${Status}', pkg],
                             capture_output=True, text=True, check=False)
        if 'install ok installed' not in res.stdout:
            missing.append(pkg)
    return missing


def ensure_packages(pkgs):
    if not shutil.which('dpkg-query'):
        log('pvrt: not a Debian system; make sure these are installed: ' +
            ' '.join(pkgs))
        return
    missing = missing_packages(pkgs)
    if not missing:
        return
    if os.geteuid() != 0:
        die('missing Debian packages: ' + ' '.join(missing) +
            '\npvrt: install them with: sudo apt-get install ' +
            ' '.join(missing))
    log('pvrt: installing ' + ' '.join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    subprocess.run(['apt-get', 'update', '-q'], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(['apt-get', 'install', '-y', '-q',
                    '--no-install-recommends'] + missing, env=env, check=True,
                   stdout=subprocess.DEVNULL)


# The nested test bed runs on QEMU from this Debian version on (README,
# "The nested test bed"); Debian 12 has it in bookworm-backports.
QEMU_PKGS = ['qemu-system-x86', 'qemu-system-data', 'seabios']
QEMU_MIN = '1:10.0'
BACKPORTS = Path('/etc/apt/sources.list.d/pvrt-backports.sources')


def package_version(pkg):
    res = subprocess.run(['dpkg-query', '-W', '-f=${Version}', pkg],
                         capture_output=True, text=True, check=False)
    return res.stdout.strip() if res.returncode == 0 else ''


def version_at_least(version, least):
    return bool(version) and subprocess.run(
        ['dpkg', '--compare-versions', version, 'ge', least],
        check=False).returncode == 0


def debian_source(codename):
    """(URIs, Signed-By) of the apt source of Debian's main archive for
    @codename, from sources.list or a deb822 .sources file."""
    for f in sorted(Path('/etc/apt/sources.list.d').glob('*.sources')):
        for block in f.read_text().split('\n\n'):
            fields = dict(re.findall(r'^([\w-]+):\s*(.*)$', block, re.M))
            if codename in fields.get('Suites', '').split() and \
                    'main' in fields.get('Components', '').split():
                return fields.get('URIs', ''), fields.get('Signed-By', '')
    lst = Path('/etc/apt/sources.list')
    if lst.exists():
        m = re.search(rf'^deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+{codename}\s.*'
                      r'\bmain\b', lst.read_text(), re.M)
        if m:
            return m.group(1), ''
    return '', ''


def ensure_qemu():
    """Install QEMU_MIN or later for the bed, from backports on Debian 12,
    adding the backports suite to apt's sources if it is missing."""
    if BED_QEMU != QEMU or not shutil.which('dpkg-query'):
        return
    have = package_version('qemu-system-x86')
    if version_at_least(have, QEMU_MIN):
        return
    osr = Path('/etc/os-release')
    codename = re.search(r'^VERSION_CODENAME=(\w+)', osr.read_text(),
                         re.M) if osr.exists() else None
    codename = codename.group(1) if codename else ''
    suite = f'{codename}-backports'
    if os.geteuid() != 0:
        die(f'the nested test bed needs QEMU {QEMU_MIN[2:]} or later, '
            f'this machine has {have or "none"}; as root, add {suite} to '
            'apt\'s sources and run: apt-get install -t '
            f'{suite} ' + ' '.join(QEMU_PKGS))
    env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
    res = subprocess.run(['apt-cache', 'policy'], capture_output=True,
                         text=True, check=False)
    if f' {suite}/' not in res.stdout:
        uris, key = debian_source(codename)
        if not uris:
            die(f'no apt source of Debian {codename} to add {suite} from')
        log(f'pvrt: adding {suite} to apt\'s sources in {BACKPORTS}')
        BACKPORTS.write_text(f'Types: deb\nURIs: {uris}\nSuites: {suite}\n'
                             'Components: main\n' +
                             (f'Signed-By: {key}\n' if key else ''))
    log(f'pvrt: installing QEMU from {suite}')
    subprocess.run(['apt-get', 'update', '-q'], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(['apt-get', 'install', '-y', '-q', '--no-install-recommends',
                    '-t', suite] + QEMU_PKGS, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    have = package_version('qemu-system-x86')
    if not version_at_least(have, QEMU_MIN):
        die(f'QEMU {have} installed from {suite}; the bed needs '
            f'{QEMU_MIN[2:]} or later')


def run(cmd, **kw):
    """Run a build step; show its output only if it fails."""
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True, check=False, **kw)
    if res.returncode:
        sys.stderr.write(res.stdout[-20000:])
        die(f'failed ({res.returncode}): {shlex.join(str(c) for c in cmd)}')
    return res.stdout


# -- kernels -------------------------------------------------------------

def fragment_symbols(text):
    """The CONFIG_ values a fragment asks for, later lines winning."""
    want = {}
    for line in text.splitlines():
        m = re.match(r'(CONFIG_\w+)=(.*)', line)
        if m:
            want[m.group(1)] = m.group(2)
            continue
        m = re.match(r'# (CONFIG_\w+) is not set', line)
        if m:
            want[m.group(1)] = 'n'
    return want


def config_values(path):
    return fragment_symbols(path.read_text())


BUILT = {}


def build_kernel(name):
    """Configure and build one kernel, once per invocation; return its
    build directory."""
    if name in BUILT:
        return BUILT[name]
    src, kdir = SRC, OUT / 'kernel' / name
    if name == 'host' and BED_HOST_SRC:
        # Another tree, such as a worktree of the base commit, to tell its
        # host kernel's behaviour on the bed from ours.
        src = Path(BED_HOST_SRC).resolve()
        kdir = OUT / 'kernel' / f'host@{src.name}'
    kdir.mkdir(parents=True, exist_ok=True)
    frag = ''.join((HERE / 'configs' / f).read_text() for f in KERNELS[name])
    (kdir / 'pvrt.fragment').write_text(frag)
    # CCACHE_BASEDIR makes the cache independent of where the tree is, so
    # a fresh clone reuses what an earlier one compiled.
    env = dict(os.environ, KBUILD_BUILD_USER='pvrt', KBUILD_BUILD_HOST='pvrt',
               KBUILD_BUILD_TIMESTAMP='pvrt', CCACHE_BASEDIR=str(src))
    make = ['make', '-C', str(src), f'O={kdir}', f'-j{JOBS}']
    if shutil.which('ccache'):
        make.append('CC=ccache gcc')

    # Regenerate the config from scratch, but replace .config only when it
    # changed, so that make rebuilds only what the change touches.
    run(make + ['-s', 'KCONFIG_CONFIG=.config.pvrt',
                'KCONFIG_ALLCONFIG=pvrt.fragment', 'allnoconfig'], env=env)
    new = kdir / '.config.pvrt'
    have = config_values(new)
    bad = [f'{s}={v} (got {have.get(s, "n")})'
           for s, v in fragment_symbols(frag).items() if have.get(s, 'n') != v]
    if bad:
        die(f'config {name}: Kconfig did not accept: ' + ', '.join(bad))
    cur = kdir / '.config'
    if not cur.exists() or cur.read_bytes() != new.read_bytes():
        new.replace(cur)
    else:
        new.unlink()

    log(f'pvrt: building {name} kernel in {kdir}')
    scratch = not (kdir / 'vmlinux').exists()
    t0 = time.time()
    run(make + ['-s', 'bzImage', 'modules'], env=env)
    took = time.time() - t0
    log(f'pvrt: {name} kernel built in {took:.0f}s')
    if scratch:
        times = load_times()
        times.setdefault('build', {})[name] = round(took)
        save_times(times)
    BUILT[name] = kdir
    return kdir


# How long builds and scenarios took on this machine, to tell the user
# what to expect: the last build of each kernel from scratch, and the last
# duration of each scenario.
TIMES = 'times.json'
# A kernel from scratch, in CPU-seconds, when this machine has built none.
BUILD_CPU_SECONDS = 16 * 60


def load_times():
    try:
        return json.loads((OUT / TIMES).read_text())
    except (OSError, ValueError):
        return {}


def save_times(times):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / TIMES).write_text(json.dumps(times, indent=1, sort_keys=True))


def minutes(seconds):
    return f'{seconds / 60:.0f} min' if seconds >= 90 else f'{seconds:.0f}s'


def estimate(kernels, runs, repeat=1):
    """Lines that say what check will build and roughly how long it
    takes here: from scratch and with every kernel built already, with
    each scenario run @repeat times."""
    times = load_times()
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


# -- initramfs -------------------------------------------------------------

def gen_init_cpio():
    tool = OUT / 'tools' / 'gen_init_cpio'
    srcf = SRC / 'usr' / 'gen_init_cpio.c'
    if not tool.exists() or tool.stat().st_mtime < srcf.stat().st_mtime:
        tool.parent.mkdir(parents=True, exist_ok=True)
        run(['gcc', '-O2', '-o', str(tool), str(srcf)])
    return tool


def make_cpio(dest, entries):
    """Write a newc archive from gen_init_cpio list lines."""
    lst = dest.with_suffix('.list')
    lst.write_text('\n'.join(entries) + '\n')
    with open(dest, 'wb') as f:
        res = subprocess.run([str(gen_init_cpio()), str(lst)], stdout=f,
                             stderr=subprocess.PIPE, check=False)
    if res.returncode:
        die(f'gen_init_cpio {lst}: {res.stderr.decode()}')


def base_entries():
    ent = [f'dir /{d} 755 0 0' for d in
           ('dev', 'proc', 'sys', 'tmp', 'bin', 'sbin', 'usr', 'usr/bin',
            'usr/sbin', 'lib', 'lib/modules', 'root')]
    ent += ['nod /dev/console 600 0 0 c 5 1',
            'file /bin/busybox /bin/busybox 755 0 0',
            f'file /init {HERE / "init.sh"} 755 0 0']
    return ent


def guest_initramfs(kdir):
    """busybox, /init and the kernel's modules, flat in /lib/modules."""
    ent = base_entries()
    for ko in sorted(kdir.rglob('*.ko')):
        ent.append(f'file /lib/modules/{ko.name} {ko} 644 0 0')
    dest = kdir / 'pvrt-initramfs.cpio'
    make_cpio(dest, ent)
    return dest


QEMU = '/usr/bin/qemu-system-x86_64'
FIRMWARE = ['bios-256k.bin', 'linuxboot_dma.bin', 'kvmvapic.bin']
# The test bed: the QEMU that boots the outer machine, which is also the
# one that a nested host runs, how TCG runs, and the outer CPU model.
# The environment can override them to compare beds (README, "The
# nested test bed").
BED_QEMU = os.environ.get('PVRT_QEMU', QEMU)
BED_TCG = os.environ.get('PVRT_TCG', 'multi')
# Without FSGSBASE, the kernels switch GS bases with MSR writes: both have
# crashed on a corrupt GS base with it (see README).
BED_CPU = os.environ.get('PVRT_HOST_CPU', 'max,-fsgsbase')
BED_HOST_ARGS = os.environ.get('PVRT_HOST_ARGS', '')
BED_HOST_SRC = os.environ.get('PVRT_HOST_SRC', '')
# A QEMU that boots the host kernel, which runs KVM on the SVM that TCG
# emulates, runs on one host CPU, unless PVRT_PIN=0: with its vCPU
# threads running in parallel, that emulation resets and freezes the
# nested guest (see README).  A machine that boots only a guest kernel
# runs with -cpu max, on every host CPU.
BED_PIN = os.environ.get('PVRT_PIN', '1') != '0'


def pin_to_one_cpu():
    """In the child, before it runs QEMU: keep to one host CPU."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def qemu_datadir():
    """The data directory of the bed's QEMU."""
    return Path(BED_QEMU).resolve().parents[1] / 'share' / 'qemu'


def firmware(name):
    """A firmware file of the bed's QEMU, which finds SeaBIOS in Debian's
    seabios package."""
    for d in (qemu_datadir(), Path('/usr/share/seabios')):
        if (d / name).exists():
            return (d / name).resolve()
    die(f'no {name} for {BED_QEMU}')


def host_initramfs(kdir):
    """The guest's contents plus the bed's QEMU, its libraries and
    firmware, at the paths of Debian's."""
    ent = base_entries()
    dirs = set()
    files = {QEMU: BED_QEMU}
    for line in run(['ldd', BED_QEMU]).splitlines():
        m = re.search(r'(/\S+) \(0x', line)
        if m:
            lib = m.group(1)
            files[lib] = lib
            # The loader is found by its name in PT_INTERP; libraries by
            # the path ldd resolved, which the same ld.so will find again.
    for fw in FIRMWARE:
        files['/usr/share/qemu/' + fw] = str(firmware(fw))
    for path in files:
        p = Path(path).parent
        while str(p) != '/':
            dirs.add(str(p))
            p = p.parent
    ent += [f'dir {d} 755 0 0' for d in sorted(dirs)]
    ent += [f'file {dst} {src} 755 0 0' for dst, src in sorted(files.items())]
    dest = kdir / 'pvrt-initramfs.cpio'
    make_cpio(dest, ent)
    return dest


def scenario_initrd(base, dest, script, extra=()):
    """base archive + an archive holding /scenario.sh (and extra files)."""
    sh = dest.with_suffix('.sh')
    sh.write_text('#!/bin/sh\n' + script)
    part = dest.with_suffix('.part.cpio')
    make_cpio(part, [f'file /scenario.sh {sh} 755 0 0'] + list(extra))
    with open(dest, 'wb') as f:
        f.write(base.read_bytes())
        f.write(part.read_bytes())
    return dest


KVM_SELFTESTS = ['pv_hints_test', 'cpuid_test']


def kvm_selftests():
    """Build the KVM selftests that run in the host kernel, statically
    linked for its busybox initramfs, once; return [(path in the
    initramfs, binary)]."""
    out = OUT / 'kselftest'
    if 'kselftest' not in BUILT:
        hdr = out / 'headers'
        log('pvrt: building KVM selftests ' + ' '.join(KVM_SELFTESTS))
        run(['make', '-s', '-C', str(SRC), f'O={hdr}', 'headers'])
        run(['make', '-s', '-C', str(SRC / 'tools/testing/selftests/kvm'),
             f'-j{JOBS}', f'OUTPUT={out}', f'INSTALL_HDR_PATH={hdr}/usr',
             f'KHDR_INCLUDES=-isystem {hdr}/usr/include',
             'EXTRA_CFLAGS=-static'] +
            [str(out / 'x86_64' / t) for t in KVM_SELFTESTS])
        BUILT['kselftest'] = out
    return [(f'/bin/{t}', out / 'x86_64' / t) for t in KVM_SELFTESTS]


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


# Host-side lines that wait, through the guest QEMU's QMP, for the guest
# to stop (it resets or powers off), and then, unless the guest finished
# its script, print its registers as QMP gives them; then they end QEMU.
GWATCH = r"""mkfifo /tmp/gqmp.in /tmp/gqmp.out
gwatch() {
  exec 4> /tmp/gqmp.in 5< /tmp/gqmp.out
  echo '{"execute": "qmp_capabilities"}' >&4
  while read -r ev <&5; do
    case "$ev" in *'"SHUTDOWN"'*) break;; esac
  done
  sleep 1
  if ! grep -q 'pvrt: scenario finished' /tmp/guest.log; then
    echo '{"execute": "human-monitor-command",'\
      ' "arguments": {"command-line": "info registers -a"}}' >&4
    while read -r ev <&5; do
      case "$ev" in '{"return": "'*)
        echo "pvrt: guest registers: $ev"; break;; esac
    done
  fi
  echo '{"execute": "quit"}' >&4
}
gwatch &
gw=$!
"""


def guest_registers(host_lines, syms):
    """Report lines on where the vCPUs of a nested guest were when it
    stopped without finishing, from what gwatch printed."""
    lines = []
    for ln in host_lines:
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


def nested_script(guest_args, guest_smp, guest_cpu, driver=None):
    """Host-side script: run the guest under KVM with Debian's QEMU.

    With a @driver, the guest runs in the background while the host runs
    the driver's lines, which can wait for the guest's console lines with
    "waitfor PATTERN SECONDS": it reads them as they come, from a FIFO,
    up to the next one that holds PATTERN, and fails after SECONDS.  The
    script ends with the driver's status once the guest is done.
    """
    append = f'{CMDLINE} {guest_args}'.strip()
    # QEMU's status tells a guest that reset (0) from a QEMU that failed.
    # A guest that resets or powers off only stops (-no-reboot,
    # -no-shutdown), so that gwatch can take its registers if it did not
    # finish its script, before it ends QEMU.
    qemu = (f'({QEMU} -enable-kvm -cpu {guest_cpu} -smp {guest_smp} -m 512 '
            '-L /usr/share/qemu -nodefaults -no-user-config -display none '
            '-no-reboot -no-shutdown -qmp pipe:/tmp/gqmp '
            '-serial stdio -kernel /guest/bzImage '
            f'-initrd /guest/initrd -append "{append}" </dev/null 2>&1; '
            'rc=$?; kill $gw 2>/dev/null; '
            'echo "pvrt: guest QEMU exited with status $rc"; exit $rc)')
    prefix = f"sed 's/^/{GUEST_PREFIX}/'"
    head = ('set -o pipefail\n'
            'test -c /dev/kvm || { echo "pvrt: host has no /dev/kvm"; '
            'exit 1; }\n' + GWATCH)
    if driver is None:
        return head + f'{qemu} | tee /tmp/guest.log | {prefix}\n'
    return (head + 'mkfifo /tmp/guest.fifo\n'
            f'{qemu} | tee /tmp/guest.fifo /tmp/guest.log | {prefix} &\n'
            'exec 3< /tmp/guest.fifo\n'
            'waitfor() {\n'
            '  read up x < /proc/uptime\n'
            '  end=$((${up%.*} + $2))\n'
            '  left=$2\n'
            '  while [ $left -gt 0 ] && read -t $left -r line <&3; do\n'
            '    case "$line" in *"$1"*) return 0;; esac\n'
            '    read up x < /proc/uptime\n'
            '    left=$((end - ${up%.*}))\n'
            '  done\n'
            '  echo "pvrt: no \\"$1\\" from the guest in $2s"\n'
            '  return 1\n'
            '}\n'
            f'(\n{driver})\n'
            'rc=$?\n'
            # Keep reading, so that the guest's console never blocks.
            'cat <&3 > /dev/null &\n'
            '[ $rc = 0 ] || killall qemu-system-x86_64\n'
            'wait\n'
            'exit $rc\n')


# -- runs --------------------------------------------------------------------

class Run:
    """One QEMU boot: a kernel, a scenario script, and what to expect.

    Nested runs boot the host kernel under TCG; the script then runs in
    the guest that the host starts under KVM.
    """

    def __init__(self, name, script, timeout, checks=(), kernel='guest',
                 args='', smp=4, nested=None, expect=None, steps=(),
                 host_checks=(), files=(), stuck=None, grace=10):
        self.name = name
        self.script = script
        self.timeout = timeout
        self.checks = list(checks)
        self.kernel = kernel
        self.args = args
        self.smp = smp
        # dict(cpu=..., smp=...[, kernel=guest kernel, driver=host lines])
        self.nested = nested
        self.host_checks = list(host_checks)  # on the outer console
        # (path in the initramfs, file) pairs, or a function giving them
        self.files = files
        self.expect = expect      # failure reason this run must produce
        # With @expect: (pattern, every CPU, what it means) that the
        # monitor's evidence on every CPU, or on one at least, must show.
        self.stuck = stuck
        # (console text, action): when the text shows, the action runs
        # with the QEMU monitor, then the guest gets a line on its console.
        self.steps = list(steps)
        # Seconds a boot may go on once something fatal shows.
        self.grace = grace

    def guest_kernel(self):
        return self.nested.get('kernel', 'guest')

    def kernels(self):
        return [self.guest_kernel(), 'host'] if self.nested else [self.kernel]

    def guest_lines(self, text):
        if not self.nested:
            return text.splitlines()
        return [ln[len(GUEST_PREFIX):] for ln in text.splitlines()
                if ln.startswith(GUEST_PREFIX)]


class Inspect(Run):
    """A look at a built vmlinux with pvsites instead of a boot; the checks
    apply to what pvsites prints."""

    def __init__(self, name, kernel, checks):
        super().__init__(name, '', 0, checks, kernel)


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


class Monitor:
    """QEMU's human monitor on a Unix socket."""

    PROMPT = b'(qemu) '

    def __init__(self, path, proc):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        for _ in range(300):
            try:
                self.sock.connect(str(path))
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            die(f'cannot connect to the QEMU monitor at {path}')
        self.ok = proc.poll() is None
        if self.ok:
            self.read()

    def read(self):
        out = b''
        while not out.endswith(self.PROMPT):
            chunk = self.sock.recv(65536)
            if not chunk:
                self.ok = False
                break
            out += chunk
        return out.decode(errors='replace')

    def cmd(self, line):
        """The monitor's answer to @line; empty once QEMU has gone."""
        if not self.ok:
            return ''
        try:
            self.sock.sendall(line.encode() + b'\n')
        except OSError:
            self.ok = False
            return ''
        return self.read()

    def close(self):
        self.sock.close()


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


SAMPLES = 3


def evidence(mon, kernels, nmi=True):
    """Where every vCPU of a machine that did not end by itself is: from
    the QEMU monitor, its registers with RIP named in each of @kernels
    ({name: Symbols}; a vCPU of a nested host may be running its guest),
    the kernel text addresses on top of its stack, and its RIP twice
    more a second apart, to tell a spinning CPU from a moving one.  With
    @nmi, then send every vCPU an NMI, so that the console shows what the
    kernel makes of it (a CPU with interrupts off cannot print it until
    another one can).  Returns report lines."""
    cpus = cpu_states(mon.cmd('info registers -a'))
    if not cpus:
        return ['no CPU state from the QEMU monitor']
    lines = []
    for cpu, r in sorted(cpus.items()):
        rip = int(r['RIP'], 16)
        flags = int(r.get('RFL', '0'), 16)
        cpl = int(r['CPL']) if 'CPL' in r else None
        lines.append(f'CPU#{cpu}: RIP {rip:016x} {where(rip, kernels) or "?"}'
                     f', CPL {cpl}, IF {int(bool(flags & 0x200))}, '
                     f'HLT {r.get("HLT", "?")}')
        if cpl != 0 or 'RSP' not in r:
            continue
        mon.cmd(f'cpu {cpu}')
        words = re.findall(r'0x([0-9a-f]{16})',
                           mon.cmd(f'x /32gx {int(r["RSP"], 16):#x}'))
        seen = [n for n in (where(int(w, 16), kernels) for w in words) if n]
        if seen:
            lines.append(f'CPU#{cpu}: on its stack: {"; ".join(seen[:8])}')
    later = []
    for _ in range(SAMPLES - 1):
        time.sleep(1)
        later.append(cpu_states(mon.cmd('info registers -a')))
    for cpu in sorted(cpus):
        rips = [int(c[cpu]['RIP'], 16) for c in later if cpu in c]
        lines.append(f'CPU#{cpu}: RIP 1 s and 2 s later: ' +
                     '; '.join(f'{where(a, kernels) or f"{a:x}"}'
                               for a in rips))
    if nmi:
        mon.cmd('nmi')
        time.sleep(5)
        lines.append('sent an NMI to every vCPU; the console shows the rest')
    return lines


# A nested boot whose console stays silent this long, while neither kernel's
# lockup or stall detector speaks, is taken as frozen.
SILENCE = 180

class Boot:
    """How one QEMU boot went."""

    def __init__(self, text, timed_out, vanished, qemu_failed, evidence):
        self.text = text
        self.timed_out = timed_out
        self.vanished = vanished        # why it ended unasked, or None
        self.qemu_failed = qemu_failed  # QEMU itself exited with an error
        self.evidence = evidence        # where the CPUs were, if it hung


def machines_of(r, text):
    """{machine: its console lines} of a boot's log."""
    lines = text.splitlines()
    if not r.nested:
        return {'guest': lines}
    return {'host': [ln for ln in lines if not ln.startswith(GUEST_PREFIX)],
            'guest': r.guest_lines(text)}


def fatal(text):
    return any(p.search(text) for n, p in FAIL_PATTERNS
               if n in ('soft lockup', 'hard lockup', 'RCU stall',
                        'Kernel panic', 'hung task', 'Oops', 'BUG'))


def boot(r, logfile):
    """Boot the run's machine and watch it until it ends, hangs or times
    out; a machine that does not end by itself is looked at through the
    QEMU monitor before it is stopped."""
    if r.nested:
        gdir = build_kernel(r.guest_kernel())
        hdir = build_kernel('host')
        ginit = scenario_initrd(guest_initramfs(gdir),
                                logfile.with_suffix('.guest.cpio'), r.script)
        script = nested_script(r.args, r.nested['smp'], r.nested['cpu'],
                               r.nested.get('driver'))
        extra = ['dir /guest 755 0 0',
                 f'file /guest/bzImage {gdir / "arch/x86/boot/bzImage"} '
                 '644 0 0',
                 f'file /guest/initrd {ginit} 644 0 0']
        initrd = scenario_initrd(host_initramfs(hdir),
                                 logfile.with_suffix('.cpio'), script, extra)
        kdir, args, mem = hdir, BED_HOST_ARGS, 2048
        kernels = {'host': Symbols(hdir), 'guest': Symbols(gdir)}
    else:
        kdir = build_kernel(r.kernel)
        initrd = scenario_initrd(guest_initramfs(kdir),
                                 logfile.with_suffix('.cpio'), r.script,
                                 [f'file {dst} {src} 755 0 0' for dst, src
                                  in (r.files() if callable(r.files)
                                      else r.files)])
        args, mem = r.args, 512
        if r.kernel == 'host':
            args = f'{args} {BED_HOST_ARGS}'
        kernels = {r.kernel: Symbols(kdir)}
    sock = logfile.with_suffix('.monitor')
    sock.unlink(missing_ok=True)
    # A reset or power-off pauses the machine instead of ending QEMU, so
    # that one which resets unasked can still be looked at.
    cmd = [BED_QEMU, '-L', str(qemu_datadir()),
           '-L', str(firmware('bios-256k.bin').parent),
           '-accel', f'tcg,thread={BED_TCG}',
           '-cpu', BED_CPU if 'host' in r.kernels() else 'max',
           '-smp', str(r.smp), '-m', str(mem),
           '-nodefaults', '-no-user-config', '-display', 'none',
           '-action', 'reboot=shutdown,shutdown=pause',
           '-monitor', f'unix:{sock},server=on,wait=off',
           '-serial', 'stdio', '-kernel', str(kdir / 'arch/x86/boot/bzImage'),
           '-initrd', str(initrd), '-append', f'{CMDLINE} {args}'.strip()]
    steps = list(r.steps)
    timed_out = frozen = stopped = False
    found = []
    with open(logfile, 'w', encoding='utf-8') as f:
        f.write('# ' + shlex.join(cmd) + '\n')
        f.flush()
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT,
                                stdin=subprocess.PIPE,
                                preexec_fn=pin_to_one_cpu
                                if BED_PIN and 'host' in r.kernels()
                                else None)
        mon = Monitor(sock, proc)
        deadline = time.time() + r.timeout
        stop_at = None
        size, grew = 0, time.time()
        while proc.poll() is None:
            time.sleep(1)
            now = time.time()
            if 'paused' in mon.cmd('info status'):
                stopped = True
                break
            if now > deadline:
                timed_out = True
                break
            if logfile.stat().st_size != size:
                size, grew = logfile.stat().st_size, now
            elif r.nested and stop_at is None and now - grew > SILENCE:
                frozen = True
                break
            text = logfile.read_text(errors='replace')
            if steps and steps[0][0] in text:
                steps.pop(0)[1](mon)
                try:
                    proc.stdin.write(b'\n')
                    proc.stdin.flush()
                except BrokenPipeError:
                    pass
            if stop_at is None:
                # Once something fatal shows, give the kernel a few seconds
                # to finish its report, then stop instead of waiting.
                if fatal(text):
                    stop_at = now + r.grace
            elif now > stop_at:
                break
        text = logfile.read_text(errors='replace')
        said_bye = {m: any(RESET.search(ln) for ln in lines)
                    for m, lines in machines_of(r, text).items()}
        if timed_out or frozen:
            found = evidence(mon, kernels)
        elif stopped and not said_bye['host' if r.nested else 'guest']:
            found = evidence(mon, kernels, nmi=False)
        running = proc.poll() is None
        if running:
            mon.cmd('quit')
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        status = proc.wait()
        mon.close()
    with open(logfile, 'a', encoding='utf-8') as f:
        f.write(f'# qemu exit status {status}\n')
        f.writelines(f'# {ln}\n' for ln in found)
    text = logfile.read_text(errors='replace')
    if r.nested:
        found += guest_registers(machines_of(r, text)['host'],
                                 kernels['guest'])
    # QEMU ending by itself, with an error, is QEMU's failure, not the
    # guest's: a machine that resets or powers off only pauses.
    qemu_failed = not running and status != 0
    # A kernel says goodbye before its machine resets; one that did not,
    # and printed no failure either, was reset or lost under it.  That
    # holds for the outer machine and, in a nested run, for the guest
    # inside it.
    vanished = None
    if frozen:
        vanished = f'no console output for {SILENCE}s from either machine'
    elif not timed_out and not qemu_failed:
        lost = [m for m, lines in machines_of(r, text).items()
                if not any(RESET.search(ln) for ln in lines) and
                not any(p.search('\n'.join(lines)) for _, p in FAIL_PATTERNS)]
        inner = re.findall(r'^pvrt: guest QEMU exited with status (\d+)',
                           '\n'.join(machines_of(r, text)['guest']), re.M)
        if not running and not stopped:
            vanished = f'QEMU exited by itself with status {status}'
        elif stopped and 'guest' in lost and inner and inner[-1] != '0':
            vanished = f'the guest\'s QEMU exited with status {inner[-1]}'
        elif stopped and lost:
            vanished = ('machine reset with no kernel message (' +
                        ', '.join(lost) + ')')
    return Boot(text, timed_out, vanished, qemu_failed, found)


class Result:
    """What one run showed: why it failed (empty if it did not) and the
    checks on its output that did not hold."""

    def __init__(self, logfile, text, reasons, failed_checks, elapsed,
                 notes):
        self.logfile = logfile
        self.text = text
        self.reasons = reasons
        self.failed_checks = failed_checks
        self.elapsed = elapsed
        self.notes = notes


# Boots run again because QEMU itself failed, over the whole command.
RETRIED = []


def execute(r, logdir, tag=''):
    """Boot a run and judge its console log.

    A boot is run once more only when QEMU itself exited with an error,
    which no guest can cause; that is counted and reported.  A machine
    that crashed, reset, froze or timed out fails its run.
    """
    logfile = logdir / f'{r.name}{tag}.log'
    t0 = time.time()
    notes = []
    if isinstance(r, Inspect):
        text = pvsites(build_kernel(r.kernel))
        logfile.write_text(text, encoding='utf-8')
        reasons = [] if text else ['pvsites failed']
        failed_checks = [desc for desc, fn in r.checks if not fn(text)]
        return Result(logfile, text, reasons, failed_checks,
                      time.time() - t0, notes)
    b = boot(r, logfile)
    if b.qemu_failed:
        kept = logfile.with_suffix('.qemu-failed.log')
        logfile.replace(kept)
        RETRIED.append(kept)
        notes.append(f'QEMU failed, log {kept}; booted again (retry '
                     f'{len(RETRIED)})')
        b = boot(r, logfile)
    notes += b.evidence
    machines = machines_of(r, b.text)
    reasons = classify(b.text, machines)
    if b.timed_out:
        reasons.insert(0, f'timeout after {r.timeout}s')
    if b.vanished:
        reasons.append(b.vanished)
    if b.qemu_failed:
        reasons.append('QEMU failed twice')
    failed_checks = []
    cpus = {'guest': r.nested['smp'] if r.nested else r.smp, 'host': r.smp}
    for machine, mlines in machines.items():
        want = f', {cpus[machine]} CPUs'
        if not any(ln.startswith('pvrt: init on ') and ln.endswith(want)
                   for ln in mlines):
            failed_checks.append(f'{machine} did not come up with {want[2:]}')
    gtext = '\n'.join(machines['guest'])
    failed_checks += [desc for desc, fn in r.checks if not fn(gtext)]
    htext = '\n'.join(machines.get('host', []))
    failed_checks += [desc for desc, fn in r.host_checks if not fn(htext)]
    return Result(logfile, b.text, reasons, failed_checks, time.time() - t0,
                  notes)


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


def torture_writes(text, ttype):
    """Total writes of a locktorture run, from its final statistics."""
    end = re.search(rf'{re.escape(ttype)}-torture:--- End of test', text)
    if not end:
        return None
    stats = re.findall(r'Writes:\s+Total: (\d+)', text[:end.start()])
    return int(stats[-1]) if stats else None


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


TIMESTAMP = re.compile(r'^\[\s*\d+\.\d+\] ')


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


def kunit_ok(suite, times=1):
    """The KUnit suite passed in full @times times: every case ok, none
    skipped, as many as its plan says."""
    def ok(text):
        runs = ktap_suites(text, suite)
        return len(runs) >= times and not any(
            ktap_problems(t) or t.status != kunit_parser.TestStatus.SUCCESS
            for t in runs)
    return (f'KUnit suite {suite}: passed in full x{times}', ok)


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


def elf_section(obj, name):
    """(address, file offset, size) of a section of an ELF file."""
    res = subprocess.run(['readelf', '-S', '-W', str(obj)], check=True,
                         stdout=subprocess.PIPE, text=True)
    m = re.search(rf'\]\s+{re.escape(name)}\s+\w+\s+([0-9a-f]+)\s+'
                  r'([0-9a-f]+)\s+([0-9a-f]+)', res.stdout)
    if not m:
        die(f'{obj}: no section {name}')
    return tuple(int(g, 16) for g in m.groups())


def symbol_addr(kdir, name):
    res = subprocess.run(['nm', str(kdir / 'vmlinux')], check=True,
                         stdout=subprocess.PIPE, text=True)
    m = re.search(rf'^([0-9a-f]+) \w {re.escape(name)}$', res.stdout, re.M)
    if not m:
        die(f'{kdir}/vmlinux: no symbol {name}')
    return int(m.group(1), 16)


def text_sites(kdir):
    """The start and end of vmlinux's text, and the offset in it, length
    and op of each runtime site there, from .parainstructions.runtime:
    entries of 6 bytes, an offset relative to the entry, the op and the
    length."""
    vmlinux = kdir / 'vmlinux'
    addr, off, size = elf_section(vmlinux, '.parainstructions.runtime')
    with open(vmlinux, 'rb') as f:
        f.seek(off)
        table = f.read(size)
    start, end = symbol_addr(kdir, '_stext'), symbol_addr(kdir, '_etext')
    sites = []
    for i in range(0, size, 6):
        rel, op, length = struct.unpack_from('<iBB', table, i)
        site = addr + i + rel
        if start <= site < end:
            sites.append((site - start, length, op))
    return start, end, sites


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


def machine_text(text, guest):
    """The lines of a nested boot's console from its guest, or its host."""
    return '\n'.join(ln[len(GUEST_PREFIX):] if guest else ln
                     for ln in text.splitlines()
                     if ln.startswith(GUEST_PREFIX) == guest)


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


def scen_kvm_no_feature():
    """A guest kernel without CONFIG_PARAVIRT_RUNTIME (the host kernel)
    under the same host: it never registers for notifications, and
    goes on working while the hint changes."""
    script = (QUIET + 'echo "pvrt: guest ready"\n'
              'for i in $(seq 20); do ls -R / > /dev/null; sleep 0.5; done\n'
              'echo "pvrt: guest still working"\n')
    driver = (HOST_VM +
              'for k in $(seq 10); do\n'
              '  echo 0 > $VM/pv_hints && sleep 0.2 &&\n'
              '  echo 1 > $VM/pv_hints && sleep 0.2 || exit 1\n'
              'done\n'
              'cat $VM/pv_hints\n')
    return [Run('kvm-no-feature', script, timeout=480, kernel='host', smp=2,
                nested={'cpu': HINTS_CPU, 'smp': 2, 'kernel': 'host',
                        'driver': driver},
                checks=[has('pvrt: guest still working')],
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


# Console lines that a failed run shows in the report, which outlives its
# log on a machine that is thrown away after the run.
LOG_TAIL = 25


def log_tail(text, n=LOG_TAIL):
    """The last @n non-empty lines of a console log, without carriage
    returns or other control characters."""
    lines = [re.sub(r'[\x00-\x08\x0b-\x1f\x7f]', '', line).rstrip()
             for line in text.splitlines()]
    return [line for line in lines if line][-n:]


def run_scenario(num, name, runs, logdir, tag=''):
    """Run one scenario as a KTAP subtest; return the logs of its runs
    that failed, none if it passed."""
    log('    KTAP version 1')
    log(f'    # Subtest: {name}')
    log(f'    1..{len(runs)}')
    failed = []
    for i, r in enumerate(runs, 1):
        res = execute(r, logdir, tag)
        for note in res.notes:
            log(f'    # {r.name}: {note}')
        if r.expect is not None:
            # The run must fail, and for the reason it was built to show;
            # its own checks, if any, must hold too.
            own = [d for d, _ in r.checks if d in res.failed_checks]
            ok = any(why.startswith(r.expect) for why in res.reasons) and \
                not own
            log(f'    # {r.name}: classified as failed: '
                f'{", ".join(res.reasons) or "no"}')
            for desc, _ in r.checks:
                log(f'    # {r.name}: '
                    f'{"check failed: " if desc in own else ""}{desc}')
            desc = f'{r.name} caught ({r.expect})'
            if r.stuck:
                pat, every, what = r.stuck
                cpus = {}
                for n in res.notes:
                    m = re.match(r'(CPU#\d+): (.*)', n)
                    if m:
                        cpus[m.group(1)] = cpus.get(m.group(1), '') + \
                            m.group(2) + '\n'
                at = [bool(re.search(pat, t)) for t in cpus.values()]
                found = len(at) == r.smp and (all(at) if every else any(at))
                log(f'    # {r.name}: the monitor showed {what} on '
                    f'{"every" if every else "one"} CPU: '
                    f'{"yes" if found else "no"}')
                ok &= found
        else:
            ok = not res.reasons and not res.failed_checks
            for desc, _ in r.checks + r.host_checks:
                if desc not in res.failed_checks:
                    log(f'    # {r.name}: {desc}')
            for desc in res.failed_checks:
                log(f'    # {r.name}: check failed: {desc}')
            for why in res.reasons:
                log(f'    # {r.name}: {why}')
            desc = r.name
        log(f'    # {r.name}: {res.elapsed:.0f}s')
        if not ok:
            log(f'    # log: {res.logfile}')
            for line in log_tail(res.text):
                log(f'    # | {line}')
            failed.append(res.logfile)
        log(f'    {"ok" if ok else "not ok"} {i} {desc}')
    log(f'{"not ok" if failed else "ok"} {num} {name}')
    return failed


def cmd_check(args):
    names = args.scenarios or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        die(f'unknown scenario {", ".join(unknown)}; '
            f'known: {", ".join(SCENARIOS)}')
    if args.repeat < 1:
        die('--repeat takes a number of times, 1 or more')
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
    runs = {name: SCENARIOS[name]() for name in names}
    kernels = list(dict.fromkeys(k for rs in runs.values() for r in rs
                                 for k in r.kernels()))
    for line in estimate(kernels, runs, args.repeat):
        log(line)
    for kernel in kernels:
        build_kernel(kernel)
    todo = [(name, f'.{k}' if args.repeat > 1 else '')
            for k in range(1, args.repeat + 1) for name in names]
    log('KTAP version 1')
    log(f'1..{len(todo)}')
    passed = failed = 0
    t0 = time.time()
    for num, (name, tag) in enumerate(todo, 1):
        log(f'# [{num}/{len(todo)}] {name}: started at '
            f'+{minutes(time.time() - t0)}')
        t1 = time.time()
        logs = run_scenario(num, name, runs[name], logdir, tag)
        took = time.time() - t1
        times = load_times()
        times.setdefault('scenario', {})[name] = round(took)
        save_times(times)
        log(f'# [{num}/{len(todo)}] {name}: '
            f'{"FAILED" if logs else "passed"} in {minutes(took)}'
            + ''.join(f', log {f}' for f in logs))
        if logs:
            failed += 1
        else:
            passed += 1
    log(f'# Totals: pass:{passed} fail:{failed} retried:{len(RETRIED)}')
    log(f'{passed} passed, {failed} failed, {len(RETRIED)} retried')
    return 1 if failed else 0


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


def demo_nested(secs, logdir):
    """The guest follows the hint that its host changes."""
    phases = [(4, 1), (4, 0), (4, 1)]
    log(f'pvrt demo --nested: our host kernel under TCG with 2 vCPUs runs a '
        f'KVM guest with 4 vCPUs, booted with KVM_HINTS_REALTIME; the host '
        f'sets the hint, clears it and sets it again through the VM\'s '
        f'pv_hints debugfs file, and the guest runs locktorture spin_lock, '
        f'4 writers, {secs}s after each change')
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
    r = Run('demo', phases(modes, secs), timeout=3 * secs + 300)
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


def pvsites(kdir):
    """What pvsites prints about a kernel's vmlinux; empty if it failed."""
    tool = OUT / 'tools' / 'pvsites'
    tool.parent.mkdir(parents=True, exist_ok=True)
    run(['make', '-s', '-C', str(HERE), f'OUTPUT={tool.parent}/'])
    res = subprocess.run([str(tool), str(kdir / 'vmlinux')], check=False,
                         stdout=subprocess.PIPE, text=True)
    return res.stdout if res.returncode == 0 else ''


# Sections of an object file that vmlinux frees after init or drops; the
# runtime table is counted on its own.
NOT_KEPT = ('.init', '.exit', '.discard', '.altinstr', '.parainstructions',
            '.note')


def kept_sections(obj):
    """Bytes of the allocated sections of an object file that stay after
    init."""
    res = subprocess.run(['readelf', '-S', '-W', str(obj)], check=True,
                         stdout=subprocess.PIPE, text=True)
    total = 0
    for m in re.finditer(r'\]\s+(\S+)\s+\w+\s+[0-9a-f]+\s+[0-9a-f]+\s+'
                         r'([0-9a-f]+)\s+[0-9a-f]+\s+(\w*)', res.stdout):
        name, size, flags = m.group(1), int(m.group(2), 16), m.group(3)
        if 'A' in flags and not name.startswith(NOT_KEPT):
            total += size
    return total


def symbol_size(kdir, name):
    res = subprocess.run(['nm', '-S', str(kdir / 'vmlinux')], check=True,
                         stdout=subprocess.PIPE, text=True)
    m = re.search(rf'^[0-9a-f]+ ([0-9a-f]+) \w {re.escape(name)}$',
                  res.stdout, re.M)
    return int(m.group(1), 16) if m else 0


BENCH_SWITCHES = 20
BENCH_SECS = 20
STOP_MACHINE_NS = '/sys/kernel/debug/x86/pv_stop_machine_ns'
BENCH_SCRIPT = (f'for i in $(seq {BENCH_SWITCHES}); do\n'
                f'  echo "pvrt: empty stop_machine $(cat {STOP_MACHINE_NS})"\n'
                f'  echo paravirt > {PV_LOCK_OPS} || exit 1\n'
                f'  grep "last switch" {PV_LOCK_OPS}\n'
                f'  echo native > {PV_LOCK_OPS} || exit 1\n'
                f'  grep "last switch" {PV_LOCK_OPS}\n'
                'done\n'
                f'cat {PV_LOCK_OPS}\n' +
                phases(['native', 'paravirt'], BENCH_SECS))


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


def cmd_bench(args):
    ensure_packages(PKGS_BUILD + PKGS_BOOT)
    ensure_qemu()
    logdir = OUT / 'logs'
    logdir.mkdir(parents=True, exist_ok=True)
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
    sub.add_parser('bench', help='print benchmark figures')
    sub.add_parser('list', help='list the scenarios')
    sub.add_parser('selftest', help="run the harness's own unit tests")
    args = ap.parse_args()
    if args.cmd == 'selftest':
        import pvrt_test  # pylint: disable=import-outside-toplevel
        import unittest  # pylint: disable=import-outside-toplevel
        suite = unittest.defaultTestLoader.loadTestsFromModule(pvrt_test)
        res = unittest.TextTestRunner(verbosity=2).run(suite)
        return 0 if res.wasSuccessful() else 1
    if args.cmd == 'list':
        for name, fn in SCENARIOS.items():
            log(f'{name}: {len(fn())} run(s)')
        return 0
    return {'demo': cmd_demo, 'check': cmd_check, 'bench': cmd_bench}[
        args.cmd](args)


if __name__ == '__main__':
    sys.exit(main())
