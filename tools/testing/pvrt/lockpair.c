// SPDX-License-Identifier: GPL-2.0
/*
 * lockpair: the cost of an uncontended spin_lock()/spin_unlock() pair on
 * this machine's CPU, with the instructions that a guest runs in each
 * mode of the lock ops.  TCG says nothing about it, so pvrt bench runs
 * this on the host instead and says so.
 *
 * Both modes take the lock with the queued spinlock's fast path,
 * cmpxchg of the lock word from 0 to _Q_LOCKED_VAL.  They differ in the
 * unlock site:
 *
 *  native:   movb $0,(%rdi), padded with a 2-byte NOP to the 5 bytes of
 *            the call it replaces, as the runtime switch writes it;
 *  paravirt: a direct call to __raw_callee_save___pv_queued_spin_unlock,
 *            whose fast path is a locked cmpxchg of the locked byte.
 *
 * usage: lockpair [PAIRS [ROUNDS]]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <x86intrin.h>

/* The kernel's PV unlock, without ENDBR and frame pointer. */
asm(".text\n"
	".align 16\n"
	"pv_unlock:\n"
	"	push %rdx\n"
	"	mov $0x1,%eax\n"
	"	xor %edx,%edx\n"
	"	lock cmpxchg %dl,(%rdi)\n"
	"	cmp $0x1,%al\n"
	"	jne 1f\n"
	"	pop %rdx\n"
	"	ret\n"
	"1:	ud2\n");

static inline void take_lock(uint32_t *l)
{
	uint32_t old = 0;

	asm volatile("lock cmpxchg %2,%1"
		     : "+a" (old), "+m" (*l)
		     : "r" (1u) : "memory", "cc");
}

/* Each pair is asm volatile, so the compiler keeps every one of them. */
static void native_pairs(uint32_t *l, unsigned long n)
{
	while (n--) {
		take_lock(l);
		asm volatile("movb $0,(%0)\n\txchg %%ax,%%ax"
			     : : "D" (l) : "memory");
	}
}

static void pv_pairs(uint32_t *l, unsigned long n)
{
	while (n--) {
		take_lock(l);
		asm volatile("call pv_unlock"
			     : : "D" (l) : "rax", "memory", "cc");
	}
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Median ns and TSC ticks per pair of @fn over @rounds rounds of @n. */
static void measure(void (*fn)(uint32_t *, unsigned long), unsigned long n,
		    int rounds, double *ns, double *ticks)
{
	double t[64], c[64];
	uint32_t l = 0;
	int i;

	fn(&l, n / 10);	/* warm up */
	for (i = 0; i < rounds; i++) {
		double t0 = now_ns();
		uint64_t c0 = __rdtsc();

		fn(&l, n);
		c[i] = (double)(__rdtsc() - c0) / n;
		t[i] = (now_ns() - t0) / n;
	}
	qsort(t, rounds, sizeof(t[0]), cmp_double);
	qsort(c, rounds, sizeof(c[0]), cmp_double);
	*ns = t[rounds / 2];
	*ticks = c[rounds / 2];
}

static void cpu_model(char *buf, size_t len)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[256];

	snprintf(buf, len, "unknown");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *p = strchr(line, ':');

		if (!strncmp(line, "model name", 10) && p) {
			snprintf(buf, len, "%s", p + 2);
			buf[strcspn(buf, "\n")] = 0;
			break;
		}
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 0) : 20000000;
	int rounds = argc > 2 ? atoi(argv[2]) : 7;
	double nat_ns, nat_ticks, pv_ns, pv_ticks;
	char model[128];

	if (!n || rounds < 1 || rounds > 64) {
		fprintf(stderr, "usage: lockpair [PAIRS [ROUNDS (1-64)]]\n");
		return 2;
	}
	cpu_model(model, sizeof(model));
	measure(native_pairs, n, rounds, &nat_ns, &nat_ticks);
	measure(pv_pairs, n, rounds, &pv_ns, &pv_ticks);
	printf("host CPU, not a guest: %s\n", model);
	printf("uncontended lock/unlock pair, median of %d rounds of %lu:\n",
	       rounds, n);
	printf("native   %.2f ns, %.1f TSC ticks\n", nat_ns, nat_ticks);
	printf("paravirt %.2f ns, %.1f TSC ticks\n", pv_ns, pv_ticks);
	printf("paravirt - native %.2f ns per pair, paravirt/native %.2f\n",
	       pv_ns - nat_ns, pv_ns / nat_ns);
	return 0;
}
