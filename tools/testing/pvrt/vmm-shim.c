// SPDX-License-Identifier: GPL-2.0
/*
 * vmm-shim.so: makes a VMM that does not know the dynamic PV hints
 * (Documentation/virt/kvm/api.rst, KVM_SET_PV_HINTS and KVM_GET_PV_HINTS)
 * act as one that does, for the nested scenarios of pvrt.  It is loaded
 * into QEMU with LD_PRELOAD and wraps ioctl():
 *
 *  - it remembers the file descriptor that KVM_CREATE_VM returns;
 *
 *  - with PVRT_VMM_STEAL_TIME_HINTS=1 in the environment, and if the kernel
 *    has KVM_CAP_PV_HINTS, it adds KVM_FEATURE_STEAL_TIME_HINTS to EAX of
 *    the leaf KVM_CPUID_FEATURES (0x40000001) of every KVM_SET_CPUID2 that
 *    offers KVM_FEATURE_STEAL_TIME, as a VMM that knows the uAPI would;
 *
 *  - with PVRT_VMM_SOCKET=PATH, a thread serves commands on the Unix
 *    stream socket PATH, one line per connection: "get" prints the
 *    override of the hints, if any; "set NAME=0|1... | VALUE" overrides
 *    them, starting from the override in effect or from 0; "clear" drops
 *    the override.  It carries them out with the ioctls on the VM's file
 *    descriptor from inside the VMM, the only process that KVM lets make
 *    them, and answers with a line "STATUS", the command's exit status (0,
 *    1 for a failure, 2 for a bad command), then what the command prints.
 *    pvrt-vmm (vmm-ctl.c) is its client.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <linux/compiler.h>
#include <linux/kvm.h>
#include <linux/kvm_para.h>

#ifndef KVM_FEATURE_STEAL_TIME_HINTS
#define KVM_FEATURE_STEAL_TIME_HINTS 23
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const char prog[] = "pvrt-vmm";

static int (*real_ioctl)(int, unsigned long, ...);

/* The VM's file descriptor, once KVM_CREATE_VM has returned it; else -1. */
static int vm_fd = -1;

/* The dynamic hints, from KVM_CHECK_EXTENSION(KVM_CAP_PV_HINTS). */
static pthread_once_t cap_once = PTHREAD_ONCE_INIT;
static int cap_mask;

static void check_cap(void)
{
	int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);

	if (kvm < 0)
		return;
	cap_mask = real_ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_PV_HINTS);
	if (cap_mask < 0)
		cap_mask = 0;
	close(kvm);
}

static int dynamic_hints(void)
{
	pthread_once(&cap_once, check_cap);
	return cap_mask;
}

static void find_ioctl(void)
{
	if (!real_ioctl)
		real_ioctl = (int (*)(int, unsigned long, ...))
			dlsym(RTLD_NEXT, "ioctl");
}

/* With PVRT_VMM_STEAL_TIME_HINTS=1, offer the feature in @cpuid. */
static void offer_hints(struct kvm_cpuid2 *cpuid)
{
	static bool said;
	const char *env = getenv("PVRT_VMM_STEAL_TIME_HINTS");
	__u32 i;

	if (!env || strcmp(env, "1") || !dynamic_hints())
		return;
	for (i = 0; i < cpuid->nent; i++) {
		struct kvm_cpuid_entry2 *e = &cpuid->entries[i];

		if (e->function != KVM_CPUID_FEATURES ||
		    !(e->eax & (1u << KVM_FEATURE_STEAL_TIME)))
			continue;
		e->eax |= 1u << KVM_FEATURE_STEAL_TIME_HINTS;
		if (!__atomic_exchange_n(&said, true, __ATOMIC_RELAXED))
			fprintf(stderr,
				"%s: offering KVM_FEATURE_STEAL_TIME_HINTS, cpuid 0x%x eax 0x%x\n",
				prog, e->function, e->eax);
	}
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	void *arg;
	int ret;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	find_ioctl();
	if (req == KVM_SET_CPUID2 && arg)
		offer_hints(arg);
	ret = real_ioctl(fd, req, arg);
	if (req == KVM_CREATE_VM && ret >= 0)
		__atomic_store_n(&vm_fd, ret, __ATOMIC_RELEASE);
	return ret;
}

/* -- the commands ------------------------------------------------------- */

/* What a command answers: its exit status and what it prints. */
struct reply {
	int status;
	size_t len;
	char text[2048];
};

static void __printf(2, 3)
say(struct reply *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(r->text + r->len, sizeof(r->text) - r->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		r->len += (size_t)n < sizeof(r->text) - r->len ?
			(size_t)n : sizeof(r->text) - r->len - 1;
}

/* The dynamic hints that have a name, by bit. */
static const struct {
	const char *name;
	unsigned int bit;
} hint_names[] = {
	{ "realtime", KVM_HINTS_REALTIME },
};

static void print_usage(struct reply *r)
{
	say(r, "usage: %s SOCKET get\n"
	       "       %s SOCKET set NAME=0|1... | VALUE\n"
	       "       %s SOCKET clear\n", prog, prog, prog);
	r->status = 2;
}

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
		if (errno || *end || end == arg || val > UINT32_MAX ||
		    *arg == '-')
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

/* KVM_GET_PV_HINTS or KVM_SET_PV_HINTS, @name, on @vmfd; false if failed. */
static bool hints_ioctl(struct reply *r, int vmfd, unsigned long req,
			const char *name, struct kvm_pv_hints *h)
{
	int mask;

	if (!real_ioctl(vmfd, req, h))
		return true;
	r->status = 1;
	mask = dynamic_hints();
	if (errno == EINVAL && req == KVM_SET_PV_HINTS && mask &&
	    (h->hints & ~mask))
		say(r, "%s: hints %#x: only %#x can change\n", prog, h->hints,
		    mask);
	else if (errno == EIO || errno == ENOTTY)
		say(r, "%s: %s: %s: the kernel has no KVM_CAP_PV_HINTS, or the VM is dead\n",
		    prog, name, strerror(errno));
	else
		say(r, "%s: %s with hints %#x: %s\n", prog, name, h->hints,
		    strerror(errno));
	return false;
}

static void print_hints(struct reply *r, const struct kvm_pv_hints *h)
{
	size_t i;

	if (!(h->flags & KVM_PV_HINTS_OVERRIDE)) {
		say(r, "no override\n");
		return;
	}
	say(r, "override 0x%x", h->hints);
	for (i = 0; i < ARRAY_SIZE(hint_names); i++)
		say(r, " %s=%u", hint_names[i].name,
		    !!(h->hints & (1u << hint_names[i].bit)));
	say(r, "\n");
}

/* Carry out the command of @argc words @argv into @r. */
static void serve_command(int argc, char **argv, struct reply *r)
{
	struct hint_change change = { };
	struct kvm_pv_hints h;
	const char *cmd;
	int i, vmfd;

	if (!argc) {
		print_usage(r);
		return;
	}
	cmd = argv[0];
	if (!strcmp(cmd, "set")) {
		if (argc == 1) {
			print_usage(r);
			return;
		}
		for (i = 1; i < argc; i++) {
			if (!parse_hint(argv[i], &change)) {
				say(r, "%s: bad hint %s\n", prog, argv[i]);
				print_usage(r);
				return;
			}
		}
	} else if (strcmp(cmd, "get") && strcmp(cmd, "clear")) {
		say(r, "%s: unknown command %s\n", prog, cmd);
		print_usage(r);
		return;
	} else if (argc != 1) {
		print_usage(r);
		return;
	}

	vmfd = __atomic_load_n(&vm_fd, __ATOMIC_ACQUIRE);
	if (vmfd < 0) {
		say(r, "%s: no KVM VM yet\n", prog);
		r->status = 1;
		return;
	}
	if (!dynamic_hints()) {
		say(r, "%s: the kernel has no KVM_CAP_PV_HINTS\n", prog);
		r->status = 1;
		return;
	}
	if (!hints_ioctl(r, vmfd, KVM_GET_PV_HINTS, "KVM_GET_PV_HINTS", &h))
		return;
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
		}
		if (!hints_ioctl(r, vmfd, KVM_SET_PV_HINTS, "KVM_SET_PV_HINTS",
				 &h) ||
		    !hints_ioctl(r, vmfd, KVM_GET_PV_HINTS, "KVM_GET_PV_HINTS",
				 &h))
			return;
	}
	print_hints(r, &h);
}

/* -- the server --------------------------------------------------------- */

#define MAX_WORDS 16

/* Read one line from @conn, carry it out and answer. */
static void serve(int conn)
{
	char line[512], *argv[MAX_WORDS], *save, *w;
	struct reply r = { };
	char head[16];
	size_t len = 0;
	ssize_t n;
	int argc = 0;

	while (len < sizeof(line) - 1) {
		n = read(conn, line + len, sizeof(line) - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += n;
		if (memchr(line + len - n, '\n', n))
			break;
	}
	line[len] = '\0';
	line[strcspn(line, "\n")] = '\0';
	for (w = strtok_r(line, " \t", &save); w;
	     w = strtok_r(NULL, " \t", &save)) {
		if (argc == MAX_WORDS) {
			say(&r, "%s: too many words\n", prog);
			print_usage(&r);
			goto answer;
		}
		argv[argc++] = w;
	}
	serve_command(argc, argv, &r);
answer:
	snprintf(head, sizeof(head), "%d\n", r.status);
	if (write(conn, head, strlen(head)) > 0 && r.len)
		(void)!write(conn, r.text, r.len);
}

static void *server(void *arg)
{
	int sock = (int)(intptr_t)arg;

	for (;;) {
		int conn = accept4(sock, NULL, NULL, SOCK_CLOEXEC);

		if (conn < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			fprintf(stderr, "%s: accept: %s\n", prog,
				strerror(errno));
			return NULL;
		}
		serve(conn);
		close(conn);
	}
}

__attribute__((constructor)) static void vmm_shim_init(void)
{
	const char *path = getenv("PVRT_VMM_SOCKET");
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	sigset_t all, old;
	pthread_t thread;
	int sock, err;

	find_ioctl();
	if (!path || !*path)
		return;
	if (strlen(path) >= sizeof(addr.sun_path)) {
		fprintf(stderr, "%s: socket path too long: %s\n", prog, path);
		exit(1);
	}
	strcpy(addr.sun_path, path);
	sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	unlink(path);
	if (sock < 0 || bind(sock, (struct sockaddr *)&addr, sizeof(addr)) ||
	    listen(sock, 8)) {
		fprintf(stderr, "%s: cannot serve %s: %s\n", prog, path,
			strerror(errno));
		exit(1);
	}
	/*
	 * The VMM directs its signals at threads that are ready for them, and
	 * reads some from a signalfd with them blocked; this thread takes
	 * none.
	 */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&thread, NULL, server, (void *)(intptr_t)sock);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		fprintf(stderr, "%s: cannot start its thread: %s\n", prog,
			strerror(err));
		exit(1);
	}
	pthread_detach(thread);
}
