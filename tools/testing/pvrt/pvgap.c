// SPDX-License-Identifier: GPL-2.0
/*
 * pvgap: the longest time that a task on each online CPU could not run.
 *
 * One thread per online CPU, bound to it, reads CLOCK_MONOTONIC in a
 * loop and keeps the longest gap between two consecutive readings: the
 * time something else had the CPU, an interrupt, another task, a
 * stop_machine() or a host that did not run the vCPU.
 *
 * The threads of every CPU but the first online one run SCHED_FIFO at
 * priority 1, above every ordinary task, and fall back to SCHED_OTHER,
 * saying so, if the kernel refuses.  They sleep SLEEP_NS every SPIN_NS,
 * which leaves the ordinary tasks of their CPU, kernel threads among
 * them, a tenth of it, and keeps them below the real-time throttle
 * (kernel.sched_rt_runtime_us, 95 % of each second by default); the time
 * such a sleep lasts beyond what it asked for counts as a gap, the rest
 * does not.  A guest charges the time that its host does not run the
 * vCPU to the thread that was running, so the throttle can still stop
 * them there, for tens of milliseconds, which would show as a gap of
 * their own: pvrt turns the throttle off while pvgap runs.
 *
 * The thread of the first online CPU, where pvrt switches the lock ops,
 * runs SCHED_OTHER: the task that switches is an ordinary task there,
 * and a SCHED_FIFO thread would keep it from running, each time it wakes
 * up, until the thread's next sleep, which would lengthen the switch.
 * As SCHED_OTHER it shares the CPU with that task, which runs as soon as
 * it wakes, and its gap is the longest time the CPU ran something else.
 *
 * Once every thread runs, pvgap prints "pvgap: ready".  SIGUSR1 marks a
 * point in time: gaps that end before the first mark and those that end
 * after it are kept apart, and "pvgap: mark" says that the threads see
 * it.  SIGINT or SIGTERM, or SECS seconds if given, stops the threads,
 * and pvgap prints for each CPU the policy its thread ran with and the
 * longest gap, after the mark and before it, in ns:
 *
 *   pvgap: cpu 1 fifo: longest gap 1234 ns, 567 ns before the mark
 *
 * usage: pvgap [SECS]
 *
 * Built statically, so that it runs in a busybox initramfs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SPIN_NS		1000000LL
#define SLEEP_NS	100000LL
#define MAX_CPUS	1024

struct gap_thread {
	pthread_t tid;
	int cpu;
	int fifo;
	long long longest[2];	/* before the mark, after it */
};

static atomic_int running = 1;
static atomic_int marked;
static atomic_int started;
static int cpus[MAX_CPUS];
static struct gap_thread threads[MAX_CPUS];

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void note_gap(struct gap_thread *t, long long gap)
{
	int after = atomic_load_explicit(&marked, memory_order_relaxed);

	if (gap > t->longest[after])
		t->longest[after] = gap;
}

static void *gap_loop(void *arg)
{
	struct gap_thread *t = arg;
	struct sched_param sp = { .sched_priority = 1 };
	struct timespec nap = { 0, SLEEP_NS };
	long long prev, cur, spun;
	cpu_set_t set;
	int err;

	CPU_ZERO(&set);
	CPU_SET(t->cpu, &set);
	err = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	if (err) {
		fprintf(stderr, "pvgap: cpu %d: affinity: %s\n", t->cpu,
			strerror(err));
		exit(1);
	}
	if (t->fifo) {
		err = pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp);
		if (err) {
			printf("pvgap: cpu %d: SCHED_FIFO refused (%s), SCHED_OTHER instead\n",
			       t->cpu, strerror(err));
			t->fifo = 0;
		}
	}
	atomic_fetch_add(&started, 1);
	prev = now_ns();
	spun = prev;
	while (atomic_load_explicit(&running, memory_order_relaxed)) {
		cur = now_ns();
		note_gap(t, cur - prev);
		prev = cur;
		if (t->fifo && cur - spun >= SPIN_NS) {
			nanosleep(&nap, NULL);
			cur = now_ns();
			note_gap(t, cur - prev - SLEEP_NS);
			prev = cur;
			spun = cur;
		}
	}
	return NULL;
}

/* The online CPUs, from a list such as "0-3,5". */
static int online_cpus(void)
{
	FILE *f = fopen("/sys/devices/system/cpu/online", "r");
	int n = 0, lo, hi, c;
	char sep;

	if (!f) {
		perror("pvgap: /sys/devices/system/cpu/online");
		exit(1);
	}
	while (fscanf(f, "%d", &lo) == 1) {
		hi = lo;
		c = fscanf(f, "%c", &sep);
		if (c == 1 && sep == '-') {
			if (fscanf(f, "%d", &hi) != 1)
				break;
			c = fscanf(f, "%c", &sep);
		}
		for (; lo <= hi && n < MAX_CPUS; lo++)
			cpus[n++] = lo;
		if (c != 1 || sep != ',')
			break;
	}
	fclose(f);
	return n;
}

int main(int argc, char **argv)
{
	struct timespec left;
	long long end;
	sigset_t sigs;
	siginfo_t si;
	int n, i, err, secs = 0;

	if (argc == 2)
		secs = atoi(argv[1]);
	if (argc > 2 || (argc == 2 && secs <= 0)) {
		fprintf(stderr, "usage: pvgap [SECS]\n");
		return 2;
	}
	/* Only this thread takes the signals; the others inherit the mask. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGUSR1);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);

	n = online_cpus();
	if (!n) {
		fprintf(stderr, "pvgap: no online CPU\n");
		return 1;
	}
	for (i = 0; i < n; i++) {
		threads[i].cpu = cpus[i];
		threads[i].fifo = i > 0;
		err = pthread_create(&threads[i].tid, NULL, gap_loop,
				     &threads[i]);
		if (err) {
			fprintf(stderr, "pvgap: thread: %s\n", strerror(err));
			return 1;
		}
	}
	while (atomic_load(&started) < n)
		usleep(1000);
	printf("pvgap: ready, %d CPUs\n", n);

	end = now_ns() + secs * 1000000000LL;
	for (;;) {
		if (secs) {
			long long ns = end - now_ns();

			if (ns <= 0)
				break;
			left.tv_sec = ns / 1000000000LL;
			left.tv_nsec = ns % 1000000000LL;
			err = sigtimedwait(&sigs, &si, &left);
		} else {
			err = sigwaitinfo(&sigs, &si);
		}
		if (err == SIGUSR1) {
			if (!atomic_exchange(&marked, 1))
				printf("pvgap: mark\n");
			continue;
		}
		if (err < 0 && errno == EINTR)
			continue;
		/* SIGINT, SIGTERM, or the time is up. */
		break;
	}
	atomic_store(&running, 0);
	for (i = 0; i < n; i++)
		pthread_join(threads[i].tid, NULL);
	for (i = 0; i < n; i++) {
		if (atomic_load(&marked))
			printf("pvgap: cpu %d %s: longest gap %lld ns, %lld ns before the mark\n",
			       threads[i].cpu, threads[i].fifo ? "fifo" : "other",
			       threads[i].longest[1], threads[i].longest[0]);
		else
			printf("pvgap: cpu %d %s: longest gap %lld ns\n",
			       threads[i].cpu, threads[i].fifo ? "fifo" : "other",
			       threads[i].longest[0]);
	}
	return 0;
}
