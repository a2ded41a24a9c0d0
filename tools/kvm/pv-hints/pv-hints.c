// SPDX-License-Identifier: GPL-2.0
/*
 * pv-hints: read or change the dynamic paravirtual hints of a running VM
 * (Documentation/virt/kvm/api.rst, KVM_SET_PV_HINTS and KVM_GET_PV_HINTS)
 * for a VMM that does not know these ioctls.  It takes a duplicate of the
 * VMM's VM file descriptor with pidfd_getfd(), which needs the right to
 * ptrace the VMM, and calls the ioctls on it.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/kernel.h>
#include <linux/kvm.h>
#include <linux/kvm_para.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif

#define VM_LINK "anon_inode:kvm-vm"

static const char *prog = "pv-hints";

/* The dynamic hints that have a name, by bit. */
static const struct {
	const char *name;
	unsigned int bit;
} hint_names[] = {
	{ "realtime", KVM_HINTS_REALTIME },
};

/* Print the usage to stderr and exit 2, or with @help to stdout. */
static void print_usage(bool help)
{
	FILE *f = help ? stdout : stderr;

	fprintf(f,
		"usage: %s --pid PID [--fd FD] get\n"
		"       %s --pid PID [--fd FD] set NAME=0|1... | VALUE\n"
		"       %s --pid PID [--fd FD] clear\n",
		prog, prog, prog);
	if (!help)
		exit(2);
	fprintf(f,
		"\n"
		"Read or change the dynamic PV hints of the VM that process PID\n"
		"runs, through its VM file descriptor (FD, if it has several).\n"
		"get prints the hints that override the vCPUs' CPUID, if any;\n"
		"set overrides them, starting from the override in effect or\n"
		"from 0; clear drops the override.  Names: realtime.\n");
	exit(0);
}

static void __printf(1, 2) fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* The value of option @opt, @arg, a number from @min to INT_MAX. */
static int parse_num(const char *opt, const char *arg, long min)
{
	long val;
	char *end;

	errno = 0;
	val = strtol(arg, &end, 10);
	if (errno || *end || end == arg || val < min || val > INT_MAX) {
		fprintf(stderr, "%s: bad %s %s\n", prog, opt, arg);
		exit(2);
	}
	return val;
}

static bool is_vm_fd(const char *link_path)
{
	char buf[sizeof(VM_LINK) + 1];
	ssize_t n = readlink(link_path, buf, sizeof(buf));

	return n == sizeof(VM_LINK) - 1 && !memcmp(buf, VM_LINK, n);
}

/* The number of the one VM file descriptor of process @pid. */
static int find_vm_fd(pid_t pid)
{
	char dir_path[32], link_path[PATH_MAX];
	struct dirent *d;
	int found = -1, count = 0;
	DIR *dir;

	snprintf(dir_path, sizeof(dir_path), "/proc/%d/fd", pid);
	dir = opendir(dir_path);
	if (!dir) {
		if (errno == ENOENT)
			fail("no process %d", pid);
		if (errno == EACCES)
			fail("no permission to list the fds of process %d: ptrace access needed",
			     pid);
		fail("cannot list the fds of process %d: %s", pid,
		     strerror(errno));
	}
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(link_path, sizeof(link_path), "%s/%s", dir_path,
			 d->d_name);
		if (is_vm_fd(link_path)) {
			found = atoi(d->d_name);
			count++;
		}
	}
	closedir(dir);
	if (!count)
		fail("process %d has no KVM VM fd", pid);
	if (count > 1)
		fail("process %d has %d KVM VM fds; choose one with --fd",
		     pid, count);
	return found;
}

/* A duplicate of the VM file descriptor @fd of process @pid. */
static int get_vm_fd(pid_t pid, int fd)
{
	char link_path[64];
	int pidfd, vmfd;

	pidfd = syscall(SYS_pidfd_open, pid, 0);
	if (pidfd < 0) {
		if (errno == ESRCH)
			fail("no process %d", pid);
		fail("pidfd_open(%d): %s", pid, strerror(errno));
	}
	if (fd < 0)
		fd = find_vm_fd(pid);
	vmfd = syscall(SYS_pidfd_getfd, pidfd, fd, 0);
	if (vmfd < 0) {
		if (errno == EPERM)
			fail("no permission to take fd %d of process %d: ptrace access needed",
			     fd, pid);
		if (errno == ESRCH)
			fail("no process %d", pid);
		if (errno == EBADF)
			fail("process %d has no fd %d", pid, fd);
		fail("pidfd_getfd(%d, %d): %s", pid, fd, strerror(errno));
	}
	close(pidfd);

	/* The pid may have been reused since the fds were listed. */
	snprintf(link_path, sizeof(link_path), "/proc/self/fd/%d", vmfd);
	if (!is_vm_fd(link_path))
		fail("fd %d of process %d is not a KVM VM", fd,
		     pid);
	return vmfd;
}

/*
 * The mask of dynamic hints, from KVM_CHECK_EXTENSION on /dev/kvm, since
 * the VM file descriptor takes it from its VMM only; 0 if /dev/kvm cannot
 * be opened.
 */
static int dynamic_hints(void)
{
	int kvm = open("/dev/kvm", O_RDONLY | O_CLOEXEC);
	int mask;

	if (kvm < 0)
		return 0;
	mask = ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_PV_HINTS);
	close(kvm);
	if (mask <= 0)
		fail("the kernel has no KVM_CAP_PV_HINTS");
	return mask;
}

/* KVM_GET_PV_HINTS or KVM_SET_PV_HINTS, @name, on @vmfd, or fail. */
static void hints_ioctl(int vmfd, unsigned long req, const char *name,
			struct kvm_pv_hints *h)
{
	if (!ioctl(vmfd, req, h))
		return;
	if (errno == EIO || errno == ENOTTY)
		fail("%s: %s: the kernel has no KVM_CAP_PV_HINTS, or the VM is dead",
		     name, strerror(errno));
	fail("%s with hints %#x: %s", name, h->hints, strerror(errno));
}

static void print_hints(const struct kvm_pv_hints *h)
{
	size_t i;

	if (!(h->flags & KVM_PV_HINTS_OVERRIDE)) {
		printf("no override\n");
		return;
	}
	printf("override 0x%x", h->hints);
	for (i = 0; i < ARRAY_SIZE(hint_names); i++)
		printf(" %s=%u", hint_names[i].name,
		       !!(h->hints & (1u << hint_names[i].bit)));
	printf("\n");
}

/*
 * What the arguments of set ask for: the value @raw if @has_raw, else the
 * override in effect, with the bits in @clear cleared and those in @set
 * set.
 */
struct hint_change {
	bool has_raw;
	__u32 raw, clear, set;
};

/* Add NAME=0|1 or a number in @arg to @c; false if @arg is neither. */
static bool parse_hint(const char *arg, struct hint_change *c)
{
	const char *eq = strchr(arg, '=');
	unsigned long val;
	char *end;
	size_t i;

	if (!eq) {
		errno = 0;
		val = strtoul(arg, &end, 0);
		if (errno || *end || end == arg || val > UINT32_MAX)
			return false;
		c->has_raw = true;
		c->raw = val;
		return true;
	}
	if (strcmp(eq + 1, "0") && strcmp(eq + 1, "1"))
		return false;
	for (i = 0; i < ARRAY_SIZE(hint_names); i++) {
		__u32 bit = 1u << hint_names[i].bit;

		if (strlen(hint_names[i].name) != (size_t)(eq - arg) ||
		    strncmp(arg, hint_names[i].name, eq - arg))
			continue;
		c->clear &= ~bit;
		c->set &= ~bit;
		if (eq[1] == '1')
			c->set |= bit;
		else
			c->clear |= bit;
		return true;
	}
	return false;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pid", required_argument, NULL, 'p' },
		{ "fd", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ }
	};
	struct hint_change change = { };
	struct kvm_pv_hints h;
	int pid = -1, fd = -1;
	int c, vmfd, mask;
	const char *cmd;

	while ((c = getopt_long(argc, argv, "p:f:h", opts, NULL)) != -1) {
		if (c == 'p')
			pid = parse_num("--pid", optarg, 1);
		else if (c == 'f')
			fd = parse_num("--fd", optarg, 0);
		else
			print_usage(c == 'h');
	}
	if (pid < 0 || optind >= argc)
		print_usage(false);
	cmd = argv[optind++];
	if (!strcmp(cmd, "set")) {
		if (optind == argc)
			print_usage(false);
		for (; optind < argc; optind++) {
			if (!parse_hint(argv[optind], &change)) {
				fprintf(stderr, "%s: bad hint %s\n", prog,
					argv[optind]);
				print_usage(false);
			}
		}
	} else if (strcmp(cmd, "get") && strcmp(cmd, "clear")) {
		fprintf(stderr, "%s: unknown command %s\n", prog, cmd);
		print_usage(false);
	} else if (optind != argc) {
		print_usage(false);
	}

	mask = dynamic_hints();
	vmfd = get_vm_fd(pid, fd);
	hints_ioctl(vmfd, KVM_GET_PV_HINTS, "KVM_GET_PV_HINTS", &h);
	if (strcmp(cmd, "get")) {
		if (!strcmp(cmd, "clear")) {
			h.flags = 0;
			h.hints = 0;
		} else {
			if (change.has_raw)
				h.hints = change.raw;
			else if (!(h.flags & KVM_PV_HINTS_OVERRIDE))
				h.hints = 0;
			h.hints = (h.hints & ~change.clear) | change.set;
			h.flags = KVM_PV_HINTS_OVERRIDE;
			if (mask && (h.hints & ~mask))
				fail("hints %#x: only %#x can change", h.hints,
				     mask);
		}
		hints_ioctl(vmfd, KVM_SET_PV_HINTS, "KVM_SET_PV_HINTS", &h);
		hints_ioctl(vmfd, KVM_GET_PV_HINTS, "KVM_GET_PV_HINTS", &h);
	}
	print_hints(&h);
	return 0;
}
