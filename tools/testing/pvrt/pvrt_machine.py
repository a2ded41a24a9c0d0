# SPDX-License-Identifier: GPL-2.0
"""Machines for the pvrt harness: initramfs, QEMU and its monitor, nested
machines, and one boot of a run, judged, with evidence from a machine
that did not end by itself.
"""

import inspect
import os
import re
import shlex
import shutil
import socket
import subprocess
import time
from pathlib import Path

from pvrt_kernel import (HERE, JOBS, QEMU, SRC, build_kernel, die,
                         harness_tool, log, pvsites, run)
from pvrt_parser import (GUEST_PREFIX, RESET, Symbols, cpu_states, fatal,
                         guest_registers, may_boot_again, where)
from pvrt_judge import (END_EXITED, END_PAUSED, END_SILENT, END_STOPPED,
                        END_TIMEOUT, console, judge, machines_of, printed,
                        qemu_failed, record, records)


CMDLINE = 'console=ttyS0 panic=-1 loglevel=7'


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


def ensure_qemu(bed):
    """Install QEMU_MIN or later for the bed, from backports on Debian 12,
    adding the backports suite to apt's sources if it is missing."""
    if bed.qemu != QEMU or not shutil.which('dpkg-query'):
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


# -- initramfs -------------------------------------------------------------

def gen_init_cpio(bed):
    tool = bed.out / 'tools' / 'gen_init_cpio'
    srcf = SRC / 'usr' / 'gen_init_cpio.c'
    if not tool.exists() or tool.stat().st_mtime < srcf.stat().st_mtime:
        tool.parent.mkdir(parents=True, exist_ok=True)
        run(['gcc', '-O2', '-o', str(tool), str(srcf)])
    return tool


def make_cpio(bed, dest, entries):
    """Write a newc archive from gen_init_cpio list lines."""
    lst = dest.with_suffix('.list')
    lst.write_text('\n'.join(entries) + '\n')
    with open(dest, 'wb') as f:
        res = subprocess.run([str(gen_init_cpio(bed)), str(lst)], stdout=f,
                             stderr=subprocess.PIPE, check=False)
    if res.returncode:
        die(f'gen_init_cpio {lst}: {res.stderr.decode()}')


# The shell scripts that machines run, and their library, lib.sh; every
# initramfs holds them in SCRIPTS_AT.
SCRIPTS = HERE / 'scripts'
SCRIPTS_AT = '/lib/pvrt'


def base_entries():
    ent = [f'dir /{d} 755 0 0' for d in
           ('dev', 'proc', 'sys', 'tmp', 'bin', 'sbin', 'usr', 'usr/bin',
            'usr/sbin', 'lib', 'lib/modules', SCRIPTS_AT[1:], 'root')]
    ent += ['nod /dev/console 600 0 0 c 5 1',
            'file /bin/busybox /bin/busybox 755 0 0',
            f'file /init {HERE / "init.sh"} 755 0 0']
    ent += [f'file {SCRIPTS_AT}/{sh.name} {sh} 755 0 0'
            for sh in sorted(SCRIPTS.glob('*.sh'))]
    return ent


def guest_initramfs(bed, kdir):
    """busybox, /init and the kernel's modules, flat in /lib/modules."""
    ent = base_entries()
    for ko in sorted(kdir.rglob('*.ko')):
        ent.append(f'file /lib/modules/{ko.name} {ko} 644 0 0')
    dest = kdir / 'pvrt-initramfs.cpio'
    make_cpio(bed, dest, ent)
    return dest


FIRMWARE = ['bios-256k.bin', 'linuxboot_dma.bin', 'kvmvapic.bin']


def pin_to_one_cpu():
    """In the child, before it runs QEMU: keep to one host CPU."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def qemu_datadir(bed):
    """The data directory of the bed's QEMU."""
    return Path(bed.qemu).resolve().parents[1] / 'share' / 'qemu'


def firmware(bed, name):
    """A firmware file of the bed's QEMU, which finds SeaBIOS in Debian's
    seabios package."""
    for d in (qemu_datadir(bed), Path('/usr/share/seabios')):
        if (d / name).exists():
            return (d / name).resolve()
    die(f'no {name} for {bed.qemu}')


def host_initramfs(bed, kdir):
    """The guest's contents plus the bed's QEMU, its libraries and
    firmware, at the paths of Debian's, the VMM shim that QEMU runs
    under and its client, pvrt-vmm, pvload, and sitebytes, which prints
    the bytes at sites of a dump of the guest's memory."""
    ent = base_entries()
    dirs = set()
    shim, client = vmm_tools(bed)
    files = {QEMU: bed.qemu, VMM_SHIM: str(shim), '/bin/pvrt-vmm': str(client),
             '/bin/pvload': str(harness_tool(bed, 'pvload')),
             '/bin/sitebytes': str(harness_tool(bed, 'sitebytes'))}
    for binary in (bed.qemu, str(shim)):
        for line in run(['ldd', binary]).splitlines():
            m = re.search(r'(/\S+) \(0x', line)
            if m:
                lib = m.group(1)
                files[lib] = lib
                # The loader is found by its name in PT_INTERP; libraries
                # by the path ldd resolved, which the same ld.so will find
                # again.
    for fw in FIRMWARE:
        files['/usr/share/qemu/' + fw] = str(firmware(bed, fw))
    for path in files:
        p = Path(path).parent
        while str(p) != '/':
            dirs.add(str(p))
            p = p.parent
    ent += [f'dir {d} 755 0 0' for d in sorted(dirs)]
    ent += [f'file {dst} {src} 755 0 0' for dst, src in sorted(files.items())]
    dest = kdir / 'pvrt-initramfs.cpio'
    make_cpio(bed, dest, ent)
    return dest


def script_argv(script):
    """The command line that runs @script, (name in scripts/ without .sh,
    argument...), in a machine."""
    name, *args = script
    return [f'{SCRIPTS_AT}/{name}.sh'] + [str(a) for a in args]


def scenario_sh(script):
    """The text of /scenario.sh, which /init runs: it runs @script."""
    return f'#!/bin/sh\nexec {shlex.join(script_argv(script))}\n'


def scenario_initrd(bed, base, dest, script, extra=()):
    """base archive + an archive holding /scenario.sh, which runs @script
    (see script_argv()), and extra files."""
    sh = dest.with_suffix('.sh')
    sh.write_text(scenario_sh(script))
    part = dest.with_suffix('.part.cpio')
    make_cpio(bed, part, [f'file /scenario.sh {sh} 755 0 0'] + list(extra))
    with open(dest, 'wb') as f:
        f.write(base.read_bytes())
        f.write(part.read_bytes())
    return dest


def uapi_headers(bed):
    """The tree's exported headers, installed once; return the directory
    that holds their include/."""
    hdr = bed.out / 'headers'
    if 'headers' not in bed.built:
        run(['make', '-s', '-C', str(SRC), f'O={hdr}', 'headers'])
        bed.built['headers'] = hdr
    return hdr


# Where the host's initramfs holds the VMM shim (vmm-shim.c), which
# scripts/lib.sh preloads into the guest's QEMU.
VMM_SHIM = f'{SCRIPTS_AT}/vmm-shim.so'


def vmm_tools(bed):
    """The VMM shim, a library for the bed's QEMU built with this
    machine's C library, and its client pvrt-vmm, statically linked for
    the host's busybox initramfs; built once."""
    out = bed.out / 'tools'
    if 'vmm' not in bed.built:
        out.mkdir(parents=True, exist_ok=True)
        run(['make', '-s', '-C', str(HERE), f'OUTPUT={out}/', 'vmm',
             f'KHDR_INCLUDES=-isystem {uapi_headers(bed)}/usr/include'])
        bed.built['vmm'] = out
    return out / 'vmm-shim.so', out / 'pvrt-vmm'


KVM_SELFTESTS = ['pv_hints_test', 'cpuid_test']


def kvm_selftests(bed):
    """Build the KVM selftests that run in the host kernel, statically
    linked for its busybox initramfs, once; return [(path in the
    initramfs, binary)]."""
    out = bed.out / 'kselftest'
    if 'kselftest' not in bed.built:
        hdr = uapi_headers(bed)
        log('pvrt: building KVM selftests ' + ' '.join(KVM_SELFTESTS))
        run(['make', '-s', '-C', str(SRC / 'tools/testing/selftests/kvm'),
             f'-j{JOBS}', f'OUTPUT={out}', f'INSTALL_HDR_PATH={hdr}/usr',
             f'KHDR_INCLUDES=-isystem {hdr}/usr/include',
             'EXTRA_CFLAGS=-static'] +
            [str(out / 'x86_64' / t) for t in KVM_SELFTESTS])
        bed.built['kselftest'] = out
    return [(f'/bin/{t}', out / 'x86_64' / t) for t in KVM_SELFTESTS]


def all_kvm_selftests(bed):
    """Build every KVM selftest of x86_64 statically, once, going on past
    those that do not build; return [(path in the initramfs, binary)] of
    those that did, by name, and the names of those that did not."""
    kvm = SRC / 'tools/testing/selftests/kvm'
    out = bed.out / 'kselftest'
    names = re.findall(r'^TEST_GEN_PROGS_x86_64 \+?= (\S+)$',
                       (kvm / 'Makefile').read_text(), re.M)
    if 'kselftest-all' not in bed.built:
        hdr = uapi_headers(bed)
        log(f'pvrt: building {len(names)} KVM selftests')
        subprocess.run(['make', '-k', '-s', '-C', str(kvm), f'-j{JOBS}',
                        f'OUTPUT={out}', f'INSTALL_HDR_PATH={hdr}/usr',
                        f'KHDR_INCLUDES=-isystem {hdr}/usr/include',
                        'EXTRA_CFLAGS=-static'] +
                       [str(out / n) for n in names],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        bed.built['kselftest-all'] = out
    built = [n for n in names if (out / n).is_file()]
    return ([(f'/bin/{Path(n).name}', out / n) for n in sorted(
        built, key=lambda n: Path(n).name)],
            [Path(n).name for n in names if n not in built])


def nested_script(guest_args, guest_smp, guest_cpu, driver=None,
                  hints_feature=True):
    """Host-side script: run the guest under KVM with Debian's QEMU, under
    the VMM shim, which offers KVM_FEATURE_STEAL_TIME_HINTS if
    @hints_feature, and with a @driver, a script, run that on the host
    meanwhile (see scripts/nested.sh)."""
    append = f'{CMDLINE} {guest_args}'.strip()
    return ('nested', guest_smp, guest_cpu, append, GUEST_PREFIX,
            int(bool(hints_feature)),
            *(script_argv(driver) if driver else ()))


# -- runs --------------------------------------------------------------------

class Run:
    """One QEMU boot: a kernel, a scenario script, and what to expect.

    The script is (name of a script in scripts/ without .sh, argument...).

    Nested runs boot the host kernel under TCG; the script then runs in
    the guest that the host starts under KVM.

    A run is a description and does not change once made: every boot of
    it, a repeat or the one boot again after QEMU failed, starts from the
    same, and what a boot learns stays in that boot and its log.
    """

    def __init__(self, name, script, timeout, checks=(), kernel='guest',
                 args='', smp=4, nested=None, expect=None, steps=(),
                 host_checks=(), files=(), stuck=None, grace=10, mem=512):
        set_ = super().__setattr__
        set_('name', name)
        set_('script', script)
        set_('timeout', timeout)
        # (description, function of the console text of the machine that
        # runs the script, and of the steps' records: true if it holds)
        set_('checks', tuple(checks))
        set_('kernel', kernel)
        set_('args', args)
        set_('smp', smp)
        set_('mem', mem)            # MB, of a machine that is not nested
        # dict(cpu=..., smp=...[, kernel=guest kernel, driver=host script,
        # hints_feature=False: the VMM does not offer the guest
        # KVM_FEATURE_STEAL_TIME_HINTS, host_files=files of the host, as
        # files below, pin=False: the host's QEMU runs on every host CPU
        # even where the bed keeps it to one])
        set_('nested', dict(nested) if nested else None)
        set_('host_checks', tuple(host_checks))  # on the outer console
        # (path in the initramfs, file) pairs, or a function of the bed
        # giving them, for the machine that runs the script: in a nested
        # run, the guest
        set_('files', files)
        set_('expect', expect)      # failure reason this run must produce
        # With @expect: (pattern, every CPU, what it means) that the
        # monitor's evidence on every CPU, or on one at least, must show.
        set_('stuck', stuck)
        # (console text, action): when the text shows, action(bed,
        # monitor, state) runs, with a dict that lives as long as the
        # boot, and returns lines that go into the log as its step
        # records; then the guest gets a line on its console.
        set_('steps', tuple(steps))
        # Seconds a boot may go on once something fatal shows.
        set_('grace', grace)

    def __setattr__(self, name, value):
        raise AttributeError(f'run {self.name}: a run does not change '
                             f'once made ({name})')

    def replace(self, **changes):
        """A new run made as this one was, but with @changes to the
        arguments it was made with."""
        params = inspect.signature(Run.__init__).parameters
        unknown = set(changes) - set(params)
        if unknown:
            raise TypeError(f'run {self.name}: no argument '
                            f'{", ".join(sorted(unknown))}')
        made = {p: getattr(self, p) for p in params if p != 'self'}
        return Run(**{**made, **changes})

    def extra_files(self, bed, host=False):
        """gen_init_cpio lines of the files of the machine that runs the
        script: in a nested run, the guest; or with @host, those of a
        nested run's host."""
        files = self.nested.get('host_files', ()) if host else self.files
        return [f'file {dst} {src} 755 0 0' for dst, src in
                (files(bed) if callable(files) else files)]

    def pinned(self, bed):
        """Whether the QEMU of this run keeps to one host CPU: one that
        boots the host kernel does, unless the bed (PVRT_PIN=0) or the
        run (nested pin=False) says not."""
        return bed.pin and 'host' in self.kernels() and \
            (self.nested or {}).get('pin', True)

    def guest_kernel(self):
        return self.nested.get('kernel', 'guest')

    def kernels(self):
        return [self.guest_kernel(), 'host'] if self.nested else [self.kernel]


class Inspect(Run):
    """A look at a built vmlinux with pvsites instead of a boot; the checks
    apply to what pvsites prints."""

    def __init__(self, name, kernel, checks):
        super().__init__(name, None, 0, checks, kernel)


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


class Machine:
    """A QEMU command line ready to boot a run, and the kernels whose
    symbols name the addresses its CPUs may be at."""

    def __init__(self, cmd, kernels, pin, sock):
        self.cmd = cmd
        self.kernels = kernels      # {name: Symbols}
        self.pin = pin              # runs on one host CPU
        self.sock = sock            # its monitor's socket


def prepare(bed, r, logfile):
    """Build what a boot of @r needs: its kernels and initramfs, and the
    QEMU command line; nothing of an earlier boot is used."""
    if r.nested:
        gdir = build_kernel(bed, r.guest_kernel())
        hdir = build_kernel(bed, 'host')
        ginit = scenario_initrd(bed, guest_initramfs(bed, gdir),
                                logfile.with_suffix('.guest.cpio'), r.script,
                                r.extra_files(bed))
        script = nested_script(r.args, r.nested['smp'], r.nested['cpu'],
                               r.nested.get('driver'),
                               r.nested.get('hints_feature', True))
        extra = ['dir /guest 755 0 0',
                 f'file /guest/bzImage {gdir / "arch/x86/boot/bzImage"} '
                 '644 0 0',
                 f'file /guest/initrd {ginit} 644 0 0'] + \
            r.extra_files(bed, host=True)
        initrd = scenario_initrd(bed, host_initramfs(bed, hdir),
                                 logfile.with_suffix('.cpio'), script, extra)
        kdir, args, mem = hdir, bed.host_args, 2048
        kernels = {'host': Symbols(hdir), 'guest': Symbols(gdir)}
    else:
        kdir = build_kernel(bed, r.kernel)
        initrd = scenario_initrd(bed, guest_initramfs(bed, kdir),
                                 logfile.with_suffix('.cpio'), r.script,
                                 r.extra_files(bed))
        args, mem = r.args, r.mem
        if r.kernel == 'host':
            args = f'{args} {bed.host_args}'
        kernels = {r.kernel: Symbols(kdir)}
    sock = logfile.with_suffix('.monitor')
    sock.unlink(missing_ok=True)
    # A reset or power-off pauses the machine instead of ending QEMU, so
    # that one which resets unasked can still be looked at.
    # A machine that boots only a guest kernel runs with -cpu max, on
    # every host CPU.
    cmd = [bed.qemu, '-L', str(qemu_datadir(bed)),
           '-L', str(firmware(bed, 'bios-256k.bin').parent),
           '-accel', f'tcg,thread={bed.tcg}',
           '-cpu', bed.host_cpu if 'host' in r.kernels() else 'max',
           '-smp', str(r.smp), '-m', str(mem),
           '-nodefaults', '-no-user-config', '-display', 'none',
           '-action', 'reboot=shutdown,shutdown=pause',
           '-monitor', f'unix:{sock},server=on,wait=off',
           '-serial', 'stdio', '-kernel', str(kdir / 'arch/x86/boot/bzImage'),
           '-initrd', str(initrd), '-append', f'{CMDLINE} {args}'.strip()]
    return Machine(cmd, kernels, r.pinned(bed), sock)


def watch(bed, r, proc, mon, logfile):
    """Watch a booted machine until it ends, hangs or times out, running
    the run's steps as their text shows; return how it ended (see
    END_* in pvrt_judge.py) and the steps' records."""
    steps = list(r.steps)
    state, said = {}, []
    deadline = time.time() + r.timeout
    stop_at = None
    size, grew = 0, time.time()
    while proc.poll() is None:
        time.sleep(1)
        now = time.time()
        if 'paused' in mon.cmd('info status'):
            return END_PAUSED, said
        if now > deadline:
            return f'{END_TIMEOUT} {r.timeout}', said
        if logfile.stat().st_size != size:
            size, grew = logfile.stat().st_size, now
        elif r.nested and stop_at is None and now - grew > SILENCE:
            return f'{END_SILENT} {SILENCE}', said
        text = logfile.read_text(errors='replace')
        if steps and printed(r, text, steps[0][0]):
            said += steps.pop(0)[1](bed, mon, state)
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
            return END_STOPPED, said
    return END_EXITED, said


def post_mortem(r, end, mon, machine, text):
    """Where the CPUs of a machine that did not end by itself are, from
    its monitor: report lines."""
    if end.startswith((END_TIMEOUT, END_SILENT)):
        return evidence(mon, machine.kernels)
    lines = machines_of(r, text)
    if end == END_PAUSED and not any(
            RESET.search(ln) for ln in lines['host' if r.nested else 'guest']):
        return evidence(mon, machine.kernels, nmi=False)
    return []


def boot(bed, r, logfile):
    """Boot the run's machine and watch it until it ends, hangs or times
    out; a machine that does not end by itself is looked at through the
    QEMU monitor before it is stopped.  Returns the log: the console
    between records of the run, of how it ended and of what the steps
    and the monitor saw (see pvrt_judge.py)."""
    machine = prepare(bed, r, logfile)
    with open(logfile, 'w', encoding='utf-8') as f:
        f.write(record('run', r.name))
        f.write('# ' + shlex.join(machine.cmd) + '\n')
        f.flush()
        proc = subprocess.Popen(machine.cmd, stdout=f,
                                stderr=subprocess.STDOUT,
                                stdin=subprocess.PIPE,
                                preexec_fn=pin_to_one_cpu if machine.pin
                                else None)
        mon = Monitor(machine.sock, proc)
        end, said = watch(bed, r, proc, mon, logfile)
        found = post_mortem(r, end, mon, machine,
                            logfile.read_text(errors='replace'))
        if proc.poll() is None:
            mon.cmd('quit')
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        status = proc.wait()
        mon.close()
    text = logfile.read_text(errors='replace')
    if r.nested:
        found += guest_registers(console(text).splitlines(),
                                 machine.kernels['guest'])
    with open(logfile, 'a', encoding='utf-8') as f:
        f.write(record('end', end))
        f.write(record('qemu-status', status))
        f.writelines(record('step', ln) for ln in said)
        f.writelines(record('evidence', ln) for ln in found)
    return logfile.read_text(errors='replace')


class Result:
    """What one run showed: its log and the judge's verdict on it."""

    def __init__(self, logfile, text, verdict, elapsed, notes):
        self.logfile = logfile
        self.text = text
        self.verdict = verdict
        self.ok = verdict.ok
        self.reasons = verdict.reasons
        self.failed_checks = verdict.failed_checks
        self.elapsed = elapsed
        self.notes = notes


# Boots run again because QEMU itself failed, over the whole command.
RETRIED = []


def execute(bed, r, tag=''):
    """Boot a run and judge its log (judge() in pvrt_judge.py).

    A boot is run once more only when QEMU itself exited with an error
    before the kernel printed its first line (see may_boot_again()); that
    is counted and reported, and the command's exit status says so.  A
    machine that crashed, reset, froze or timed out fails its run, and so
    does one whose QEMU failed once the kernel ran.
    """
    logfile = bed.logs / f'{r.name}{tag}.log'
    t0 = time.time()
    notes = []
    if isinstance(r, Inspect):
        text = record('run', r.name) + pvsites(bed, build_kernel(bed,
                                                                 r.kernel))
        logfile.write_text(text, encoding='utf-8')
        return Result(logfile, text, judge(r, text), time.time() - t0,
                      notes)
    text = boot(bed, r, logfile)
    if may_boot_again(qemu_failed(records(text)), console(text)):
        kept = logfile.with_suffix('.qemu-failed.log')
        logfile.replace(kept)
        RETRIED.append(kept)
        notes.append(f'QEMU failed, log {kept}; booted again (retry '
                     f'{len(RETRIED)})')
        text = boot(bed, r, logfile)
    return Result(logfile, text, judge(r, text), time.time() - t0, notes)
