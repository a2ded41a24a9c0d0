// SPDX-License-Identifier: GPL-2.0
/*
 * pvrt-vmm: the client of vmm-shim.so, the library that makes QEMU act as
 * a VMM that knows the dynamic PV hints.
 *
 *   pvrt-vmm SOCKET get|clear|set NAME=0|1...|VALUE
 *
 * sends the command to the shim that serves SOCKET, which carries it out
 * in the VMM, prints its answer (on stderr if it failed) and exits with
 * its status: 0, 1 for a failure, 2 for a bad command.
 *
 *   pvrt-vmm --foreign PID
 *
 * takes the KVM VM file descriptor of process PID with pidfd_getfd(), as
 * a process other than the VMM could, and calls KVM_GET_PV_HINTS on it,
 * which KVM refuses to any process but the VM's creator: it prints what
 * the call gave and exits 0 only if the call succeeded.  (Opening
 * /proc/PID/fd/N cannot take the file: an anonymous inode has no open.)
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#include <linux/kvm.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif

#define VM_LINK "anon_inode:kvm-vm"

static const char prog[] = "pvrt-vmm";

static void print_usage(void)
{
	fprintf(stderr,
		"usage: %s SOCKET get\n"
		"       %s SOCKET set NAME=0|1... | VALUE\n"
		"       %s SOCKET clear\n"
		"       %s --foreign PID\n", prog, prog, prog, prog);
	exit(2);
}

/* The number of the first KVM VM file descriptor of process @pid. */
static int find_vm_fd(int pid)
{
	char dir_path[32], link_path[PATH_MAX], buf[sizeof(VM_LINK) + 1];
	struct dirent *d;
	int found = -1;
	DIR *dir;

	snprintf(dir_path, sizeof(dir_path), "/proc/%d/fd", pid);
	dir = opendir(dir_path);
	if (!dir) {
		fprintf(stderr, "%s: cannot list %s: %s\n", prog, dir_path,
			strerror(errno));
		exit(1);
	}
	while (found < 0 && (d = readdir(dir))) {
		ssize_t n;

		if (d->d_name[0] == '.')
			continue;
		snprintf(link_path, sizeof(link_path), "%s/%s", dir_path,
			 d->d_name);
		n = readlink(link_path, buf, sizeof(buf));
		if (n == sizeof(VM_LINK) - 1 && !memcmp(buf, VM_LINK, n))
			found = atoi(d->d_name);
	}
	closedir(dir);
	if (found < 0) {
		fprintf(stderr, "%s: process %d has no KVM VM fd\n", prog, pid);
		exit(1);
	}
	return found;
}

static int foreign(const char *arg)
{
	struct kvm_pv_hints h = { };
	int pid, fd, pidfd, vmfd;
	char *end;

	pid = strtol(arg, &end, 10);
	if (*end || end == arg || pid <= 0)
		print_usage();
	fd = find_vm_fd(pid);
	pidfd = syscall(SYS_pidfd_open, pid, 0);
	if (pidfd < 0) {
		fprintf(stderr, "%s: pidfd_open(%d): %s\n", prog, pid,
			strerror(errno));
		return 1;
	}
	vmfd = syscall(SYS_pidfd_getfd, pidfd, fd, 0);
	if (vmfd < 0) {
		fprintf(stderr, "%s: pidfd_getfd(%d, %d): %s\n", prog, pid, fd,
			strerror(errno));
		return 1;
	}
	if (ioctl(vmfd, KVM_GET_PV_HINTS, &h)) {
		printf("KVM_GET_PV_HINTS from process %d on fd %d of process %d: %s\n",
		       getpid(), fd, pid, strerror(errno));
		return 1;
	}
	printf("KVM_GET_PV_HINTS from process %d on fd %d of process %d: flags %#x hints %#x\n",
	       getpid(), fd, pid, h.flags, h.hints);
	return 0;
}

int main(int argc, char **argv)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	char line[512], buf[4096], *nl, *end = NULL;
	size_t len = 0, done, off;
	int i, sock, status;
	FILE *out;
	ssize_t n;

	if (argc == 3 && !strcmp(argv[1], "--foreign"))
		return foreign(argv[2]);
	if (argc < 3 || argv[1][0] == '-')
		print_usage();
	if (strlen(argv[1]) >= sizeof(addr.sun_path)) {
		fprintf(stderr, "%s: socket path too long: %s\n", prog, argv[1]);
		return 1;
	}
	strcpy(addr.sun_path, argv[1]);
	line[0] = '\0';
	for (i = 2; i < argc; i++) {
		n = snprintf(line + len, sizeof(line) - len, "%s%s",
			     i > 2 ? " " : "", argv[i]);
		if (n < 0 || (size_t)n >= sizeof(line) - len) {
			fprintf(stderr, "%s: command too long\n", prog);
			return 2;
		}
		len += n;
	}
	line[len++] = '\n';

	sock = socket(AF_UNIX, SOCK_STREAM, 0);
	if (sock < 0 ||
	    connect(sock, (struct sockaddr *)&addr, sizeof(addr))) {
		fprintf(stderr, "%s: cannot connect to %s: %s\n", prog,
			argv[1], strerror(errno));
		return 1;
	}
	for (done = 0; done < len; done += n) {
		n = write(sock, line + done, len - done);
		if (n <= 0) {
			fprintf(stderr, "%s: write to %s: %s\n", prog, argv[1],
				strerror(errno));
			return 1;
		}
	}
	shutdown(sock, SHUT_WR);

	len = 0;
	while (len < sizeof(buf) - 1) {
		n = read(sock, buf + len, sizeof(buf) - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += n;
	}
	buf[len] = '\0';
	close(sock);
	nl = strchr(buf, '\n');
	/* The status alone on the first line, then the output. */
	if (nl)
		status = strtol(buf, &end, 10);
	if (!nl || end == buf || end != nl) {
		fprintf(stderr, "%s: no answer from %s\n", prog, argv[1]);
		return 1;
	}
	off = nl + 1 - buf;
	out = status ? stderr : stdout;
	fwrite(buf + off, 1, len - off, out);
	return status;
}
