# SPDX-License-Identifier: GPL-2.0
"""Kernels for the pvrt harness: the tree, the build directory, Debian
packages, config fragments, out-of-tree builds, and what a built
kernel holds.
"""

import copy
import json
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path


HERE = Path(__file__).resolve().parent
SRC = HERE.parents[2]
JOBS = os.cpu_count() or 1

# Kernel configs: each is allnoconfig plus these fragments, in order.
KERNELS = {
    'guest': ['common', 'guest'],
    'guest-preempt': ['common', 'guest', 'guest-preempt'],
    'guest-inline': ['common', 'guest', 'guest-inline'],
    'guest-xenpv': ['common', 'guest', 'guest-xenpv'],
    'host': ['common', 'host'],
}

GUESTS = [k for k in KERNELS if k.startswith('guest')]

# Debian packages, by what needs them.
PKGS_BUILD = ['gcc', 'make', 'flex', 'bison', 'bc', 'perl', 'libelf-dev',
              'libssl-dev', 'libc6-dev', 'ccache']
PKGS_BOOT = ['qemu-system-x86', 'qemu-system-data', 'seabios',
             'busybox-static']
PKGS_SELFTEST = ['shellcheck']
PKGS_CROSS = ['gcc-aarch64-linux-gnu']

# cross-kvm: the kernel that compiles KVM for arm64, its config
# (allnoconfig for ARCH=arm64 plus this fragment), its compilers, what it
# makes and the directories whose objects it counts.  virt/kvm/ has no
# Makefile of its own, so "make virt/kvm/" does nothing: arch/arm64/kvm/
# compiles its files (virt/kvm/Makefile.kvm), whose objects land in
# virt/kvm/ of the build directory.  virt/ adds virt/lib/.
CROSS_KVM = 'arm64-kvm'
CROSS_KVM_ARCH = 'arm64'
CROSS_KVM_COMPILE = 'aarch64-linux-gnu-'
CROSS_KVM_TARGETS = ['virt/', 'arch/arm64/kvm/']
CROSS_KVM_DIRS = ['virt/kvm', 'arch/arm64/kvm']


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


# The QEMU of Debian's qemu-system-x86, which a nested host runs at this
# path whatever QEMU boots the host.
QEMU = '/usr/bin/qemu-system-x86_64'


class Bed:
    """The context of one pvrt command: where it builds and keeps logs and
    timings (PVRT_OUT), the tree the host kernel is built from if not this
    one (PVRT_HOST_SRC), how its machines run (PVRT_QEMU, PVRT_TCG,
    PVRT_HOST_CPU, PVRT_HOST_ARGS, PVRT_PIN: README, "The nested test
    bed"), and what it has built so far.  The command line makes one
    from the environment it started in and passes it on; no module reads
    the environment on import."""

    def __init__(self, env):
        self.out = Path(env.get('PVRT_OUT', HERE / 'build')).resolve()
        self.host_src = env.get('PVRT_HOST_SRC', '')
        self.qemu = env.get('PVRT_QEMU', QEMU)
        self.tcg = env.get('PVRT_TCG', 'multi')
        # Without FSGSBASE, the kernels switch GS bases with MSR writes:
        # both have crashed on a corrupt GS base with it (see README).
        self.host_cpu = env.get('PVRT_HOST_CPU', 'max,-fsgsbase')
        self.host_args = env.get('PVRT_HOST_ARGS', '')
        # A QEMU that boots the host kernel, which runs KVM on the SVM
        # that TCG emulates, runs on one host CPU, unless PVRT_PIN=0:
        # with its vCPU threads running in parallel, that emulation
        # resets and freezes the nested guest (see README).
        self.pin = env.get('PVRT_PIN', '1') != '0'
        self.built = {}

    @property
    def logs(self):
        """The directory of the logs of boots, made if need be."""
        logs = self.out / 'logs'
        logs.mkdir(parents=True, exist_ok=True)
        return logs

    def kernel_dir(self, name):
        return self.out / 'kernel' / name

    def with_host_src(self, src):
        """The same bed, but for a host kernel built from @src."""
        bed = copy.copy(self)
        bed.host_src = src
        bed.built = {k: v for k, v in self.built.items() if k != 'host'}
        return bed


def make_command(src, kdir, arch='', cross_compile='', ccache=None):
    """The make command of an out-of-tree build of @src in @kdir: for this
    machine, or for @arch with the tools prefixed @cross_compile; with
    ccache in front of the compiler if it is installed, or as @ccache
    says."""
    if ccache is None:
        ccache = shutil.which('ccache') is not None
    make = ['make', '-C', str(src), f'O={kdir}', f'-j{JOBS}']
    if arch:
        make += [f'ARCH={arch}', f'CROSS_COMPILE={cross_compile}']
    if ccache:
        make.append(f'CC=ccache {cross_compile}gcc')
    return make


def build_env(src):
    """The environment of a kernel build of @src."""
    # CCACHE_BASEDIR makes the cache independent of where the tree is, so
    # a fresh clone reuses what an earlier one compiled.
    return dict(os.environ, KBUILD_BUILD_USER='pvrt',
                KBUILD_BUILD_HOST='pvrt', KBUILD_BUILD_TIMESTAMP='pvrt',
                CCACHE_BASEDIR=str(src))


def configure(name, make, kdir, frag, env):
    """Write @kdir/.config: allnoconfig plus the fragment @frag, each of
    whose values Kconfig must accept."""
    kdir.mkdir(parents=True, exist_ok=True)
    (kdir / 'pvrt.fragment').write_text(frag)
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


def build_kernel(bed, name):
    """Configure and build one kernel, once per command; return its
    build directory."""
    if name in bed.built:
        return bed.built[name]
    src, kdir = SRC, bed.kernel_dir(name)
    if name == 'host' and bed.host_src:
        # Another tree, such as a worktree of the base commit, to tell its
        # host kernel's behaviour on the bed from ours.
        src = Path(bed.host_src).resolve()
        kdir = bed.kernel_dir(f'host@{src.name}')
    frag = ''.join((HERE / 'configs' / f).read_text() for f in KERNELS[name])
    env = build_env(src)
    make = make_command(src, kdir)
    configure(name, make, kdir, frag, env)

    log(f'pvrt: building {name} kernel in {kdir}')
    scratch = not (kdir / 'vmlinux').exists()
    t0 = time.time()
    run(make + ['-s', 'bzImage', 'modules'], env=env)
    took = time.time() - t0
    log(f'pvrt: {name} kernel built in {took:.0f}s')
    if scratch:
        times = load_times(bed)
        times.setdefault('build', {})[name] = round(took)
        save_times(bed, times)
    bed.built[name] = kdir
    return kdir


def failed_files(text):
    """The files that make's output @text reports as not made, in the order
    it reports them, without the directories whose make failed with them:
    "make[N]: *** [MAKEFILE:LINE: TARGET] Error N"."""
    found = []
    for t in re.findall(r'^make\[\d+\]: \*\*\* \[[^\]]*:\d+: (\S+)\] Error',
                        text, re.M):
        t = os.path.normpath(t)
        if re.search(r'\.\w+$', t) and t not in found:
            found.append(t)
    return found


def compiler_errors(text, kdir, src):
    """The compiler's error lines in make's output @text, once each.  The
    compiler runs in the build directory @kdir, and names the files of the
    tree @src relative to it: name them relative to @src instead, and the
    files that the build generated relative to @kdir."""
    errors = []
    for line in text.splitlines():
        m = re.match(r'(\S+?)(:\d+:(\d+:)? (fatal )?error: .*)', line)
        if not m:
            continue
        path = os.path.normpath(os.path.join(kdir, m.group(1)))
        for top in (kdir, src):
            rel = os.path.relpath(path, top)
            if not rel.startswith('..'):
                line = rel + m.group(2)
                break
        if line not in errors:
            errors.append(line)
    return errors


def compiled_objects(kdir, dirs):
    """The objects in each of @dirs of the build directory @kdir that
    kbuild compiled from a source file, those whose .cmd file names a .c
    or .S source (not those it linked or archived), by directory."""
    objs = {}
    for d in dirs:
        objs[d] = []
        for cmd in sorted((kdir / d).rglob('.*.o.cmd')):
            obj = cmd.with_name(cmd.name[1:-len('.cmd')])
            if obj.exists() and re.search(r'^source_\S+ := \S+\.[cS]$',
                                          cmd.read_text(), re.M):
                objs[d].append(obj)
    return objs


def build_cross_kvm(bed):
    """Compile virt/ and arch/arm64/kvm/ for arm64 out of tree, with every
    file that fails shown; return the build directory and the objects
    compiled in each of CROSS_KVM_DIRS, or exit with 1 if any file failed
    or one of them has none."""
    src, kdir = SRC, bed.kernel_dir(CROSS_KVM)
    env = build_env(src)
    make = make_command(src, kdir, CROSS_KVM_ARCH, CROSS_KVM_COMPILE)
    configure(CROSS_KVM, make, kdir,
              (HERE / 'configs' / CROSS_KVM).read_text(), env)
    log(f'pvrt: cross-kvm: building {" ".join(CROSS_KVM_TARGETS)} for '
        f'{CROSS_KVM_ARCH} in {kdir}')
    run(make + ['-s', 'prepare'], env=env)
    # -k: go on past a file that fails, to name every one that does.
    cmd = make + ['-s', '-k'] + CROSS_KVM_TARGETS
    res = subprocess.run(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, check=False,
                         env=env)
    sys.stdout.write(res.stdout)
    sys.stdout.flush()
    if res.returncode:
        log(f'pvrt: cross-kvm: failed ({res.returncode}): '
            f'{shlex.join(str(c) for c in cmd)}')
        for line in compiler_errors(res.stdout, kdir, src):
            log(f'pvrt: cross-kvm: {line}')
        failed = failed_files(res.stdout)
        log(f'pvrt: cross-kvm: {CROSS_KVM_ARCH} build of '
            f'{" and ".join(CROSS_KVM_DIRS)} FAILED, not made: '
            f'{" ".join(failed) or "see above"}')
        sys.exit(1)
    # A directory without a Makefile of its own makes nothing, and make
    # says so with exit status 0: make sure that each one was compiled.
    objs = compiled_objects(kdir, CROSS_KVM_DIRS)
    empty = [d for d, o in objs.items() if not o]
    if empty:
        log(f'pvrt: cross-kvm: {CROSS_KVM_ARCH} build FAILED, no object '
            f'compiled in {" ".join(empty)}')
        sys.exit(1)
    return kdir, objs


# How long builds and scenarios took on this machine, to tell the user
# what to expect: the last build of each kernel from scratch, and the last
# duration of each scenario.
TIMES = 'times.json'
# A kernel from scratch, in CPU-seconds, when this machine has built none.
BUILD_CPU_SECONDS = 16 * 60


def load_times(bed):
    try:
        return json.loads((bed.out / TIMES).read_text())
    except (OSError, ValueError):
        return {}


def save_times(bed, times):
    bed.out.mkdir(parents=True, exist_ok=True)
    (bed.out / TIMES).write_text(json.dumps(times, indent=1,
                                            sort_keys=True))


def minutes(seconds):
    return f'{seconds / 60:.0f} min' if seconds >= 90 else f'{seconds:.0f}s'


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


def harness_tool(bed, name):
    """The path of one of the harness's own programs (Makefile), all of
    them built once."""
    tools = bed.out / 'tools'
    if 'tools' not in bed.built:
        tools.mkdir(parents=True, exist_ok=True)
        run(['make', '-s', '-C', str(HERE), f'OUTPUT={tools}/'])
        bed.built['tools'] = tools
    return tools / name


def pvsites(bed, kdir):
    """What pvsites prints about a kernel's vmlinux; empty if it failed."""
    res = subprocess.run([str(harness_tool(bed, 'pvsites')),
                          str(kdir / 'vmlinux')],
                         check=False, stdout=subprocess.PIPE, text=True)
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
