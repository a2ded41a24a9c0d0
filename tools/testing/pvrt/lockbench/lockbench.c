// SPDX-License-Identifier: GPL-2.0
/*
 * lockbench: a spinlock benchmark for the machines of pvrt bench.
 *
 * Loading the module runs one block and prints its results; unloading it
 * does nothing more.  A block runs a kthread on every online CPU, bound
 * to it, for @secs seconds.  Each thread loops: it reads the clock, takes
 * the lock, reads the clock again, updates the data that the lock
 * guards for @cs_loops steps, drops the lock, then updates data of its
 * own for @out_loops steps.  Nothing else is random, shuffled or slept
 * on, and every thread starts and stops at the same clock time.
 *
 * @mode is one of:
 *   lock	one spinlock shared by all threads, spin_lock()
 *   irq	the same with spin_lock_irq()
 *   free	no lock: the same loop, with each thread's "guarded" data
 *		its own; the rate of this block measures how much CPU the
 *		vCPUs got, whatever the lock ops
 *
 * It prints, in this order (NS in nanoseconds):
 *   lockbench: begin mode=MODE threads=N secs=S cs=C out=O
 *   lockbench: cpu=CPU acq=COUNT start_ns=NS end_ns=NS     (per thread)
 *   lockbench: elapsed_ns=NS acq=TOTAL
 *   lockbench: wait_ns p50=NS p99=NS max=NS
 *   lockbench: end mode=MODE
 * start_ns and end_ns of a thread count from the block's start time;
 * elapsed_ns runs from the first thread's start to the last one's end.
 * The wait is the time from before taking the lock to after it, as
 * percentiles of a histogram of buckets 1/8 of a power of two wide (the
 * upper bound of the bucket), and the longest exact.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/completion.h>
#include <linux/cpu.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/timekeeping.h>

static char *mode = "lock";
module_param(mode, charp, 0444);
MODULE_PARM_DESC(mode, "lock, irq or free");
static uint secs = 3;
module_param(secs, uint, 0444);
MODULE_PARM_DESC(secs, "seconds the block runs");
static uint cs_loops = 50;
module_param(cs_loops, uint, 0444);
MODULE_PARM_DESC(cs_loops, "steps in the critical section");
static uint out_loops = 100;
module_param(out_loops, uint, 0444);
MODULE_PARM_DESC(out_loops, "steps between two critical sections");

enum lb_mode { LB_LOCK, LB_IRQ, LB_FREE };

/* 16 buckets of 1 ns, then 8 per power of two. */
#define LB_SUB		8
#define LB_BUCKETS	(16 + (64 - 4) * LB_SUB)
#define LB_WORDS	8

struct lb_thread {
	struct task_struct *task;
	unsigned int cpu;
	u64 acq;
	u64 start;
	u64 end;
	u64 max;
	u32 hist[LB_BUCKETS];
	/* The guarded data of a free block, and the data of its own. */
	u64 own[LB_WORDS] ____cacheline_aligned;
	u64 cs[LB_WORDS] ____cacheline_aligned;
} ____cacheline_aligned;

/* The lock and the data it guards, each on a line of its own. */
static __cacheline_aligned_in_smp DEFINE_SPINLOCK(lb_lock);
static u64 lb_data[LB_WORDS] ____cacheline_aligned;
static enum lb_mode lb_mode __read_mostly;
static u64 lb_start __read_mostly, lb_end __read_mostly;
static atomic_t lb_running;
static DECLARE_COMPLETION(lb_done);

static unsigned int lb_bucket(u64 ns)
{
	unsigned int msb;

	if (ns < 16)
		return ns;
	msb = fls64(ns) - 1;
	return 16 + (msb - 4) * LB_SUB + ((ns >> (msb - 3)) & (LB_SUB - 1));
}

/* The largest value that falls in bucket @b. */
static u64 lb_bucket_top(unsigned int b)
{
	unsigned int msb, sub;

	if (b < 16)
		return b;
	msb = (b - 16) / LB_SUB + 4;
	sub = (b - 16) % LB_SUB;
	return ((u64)(LB_SUB + sub + 1) << (msb - 3)) - 1;
}

static noinline void lb_work(u64 *data, unsigned int loops)
{
	unsigned int i;

	for (i = 0; i < loops; i++)
		WRITE_ONCE(data[i % LB_WORDS], READ_ONCE(data[i % LB_WORDS]) + i);
}

static int lb_thread_fn(void *arg)
{
	struct lb_thread *t = arg;
	u64 *cs = lb_mode == LB_FREE ? t->cs : lb_data;
	u64 t0, t1;

	while ((t0 = ktime_get_ns()) < lb_start)
		cpu_relax();
	t->start = t0;
	for (;;) {
		t0 = ktime_get_ns();
		if (t0 >= lb_end)
			break;
		if (lb_mode == LB_LOCK)
			spin_lock(&lb_lock);
		else if (lb_mode == LB_IRQ)
			spin_lock_irq(&lb_lock);
		t1 = ktime_get_ns();
		lb_work(cs, cs_loops);
		if (lb_mode == LB_LOCK)
			spin_unlock(&lb_lock);
		else if (lb_mode == LB_IRQ)
			spin_unlock_irq(&lb_lock);
		t->acq++;
		t->hist[lb_bucket(t1 - t0)]++;
		if (t1 - t0 > t->max)
			t->max = t1 - t0;
		lb_work(t->own, out_loops);
	}
	t->end = t0;
	if (atomic_dec_and_test(&lb_running))
		complete(&lb_done);
	/* Wait for kthread_stop(), so that the module outlives the thread. */
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

/* The upper bound of the bucket that holds the @pct percentile. */
static u64 lb_percentile(const u64 *hist, u64 total, unsigned int pct)
{
	u64 want = div_u64(total * pct + 99, 100), seen = 0;
	unsigned int b;

	for (b = 0; b < LB_BUCKETS; b++) {
		seen += hist[b];
		if (seen >= want)
			return lb_bucket_top(b);
	}
	return lb_bucket_top(LB_BUCKETS - 1);
}

/* Print the report, with @hist, zeroed, to merge the histograms in. */
static void lb_report(struct lb_thread *threads, unsigned int n, u64 *hist)
{
	u64 total = 0, first = U64_MAX, last = 0, max = 0;
	unsigned int i, b;

	for (i = 0; i < n; i++) {
		struct lb_thread *t = &threads[i];

		pr_info("cpu=%u acq=%llu start_ns=%llu end_ns=%llu\n",
			t->cpu, t->acq, t->start - lb_start, t->end - lb_start);
		total += t->acq;
		first = min(first, t->start);
		last = max(last, t->end);
		max = max(max, t->max);
		for (b = 0; b < LB_BUCKETS; b++)
			hist[b] += t->hist[b];
	}
	pr_info("elapsed_ns=%llu acq=%llu\n", last - first, total);
	pr_info("wait_ns p50=%llu p99=%llu max=%llu\n",
		lb_percentile(hist, total, 50), lb_percentile(hist, total, 99),
		max);
}

static int __init lb_init(void)
{
	struct lb_thread *threads;
	unsigned int n = 0, i, cpu;
	u64 *hist;
	int ret = 0;

	if (!strcmp(mode, "lock"))
		lb_mode = LB_LOCK;
	else if (!strcmp(mode, "irq"))
		lb_mode = LB_IRQ;
	else if (!strcmp(mode, "free"))
		lb_mode = LB_FREE;
	else
		return -EINVAL;
	if (!secs)
		return -EINVAL;

	hist = kcalloc(LB_BUCKETS, sizeof(*hist), GFP_KERNEL);
	if (!hist)
		return -ENOMEM;
	cpus_read_lock();
	threads = kcalloc(num_online_cpus(), sizeof(*threads), GFP_KERNEL);
	if (!threads) {
		ret = -ENOMEM;
		goto unlock;
	}
	for_each_online_cpu(cpu) {
		struct lb_thread *t = &threads[n];

		t->cpu = cpu;
		t->task = kthread_create_on_cpu(lb_thread_fn, t, cpu,
						"lockbench/%u");
		if (IS_ERR(t->task)) {
			ret = PTR_ERR(t->task);
			goto stop;
		}
		n++;
	}
	pr_info("begin mode=%s threads=%u secs=%u cs=%u out=%u\n",
		mode, n, secs, cs_loops, out_loops);
	atomic_set(&lb_running, n);
	reinit_completion(&lb_done);
	/* Time enough for every thread to be woken before the start. */
	lb_start = ktime_get_ns() + 100 * NSEC_PER_MSEC;
	lb_end = lb_start + (u64)secs * NSEC_PER_SEC;
	for (i = 0; i < n; i++)
		wake_up_process(threads[i].task);
	wait_for_completion(&lb_done);
	lb_report(threads, n, hist);
	pr_info("end mode=%s\n", mode);
stop:
	/* kthread_stop() on a thread never woken runs it only to stop. */
	for (i = 0; i < n; i++)
		kthread_stop(threads[i].task);
	kfree(threads);
unlock:
	cpus_read_unlock();
	kfree(hist);
	return ret;
}

static void __exit lb_exit(void)
{
}

module_init(lb_init);
module_exit(lb_exit);
MODULE_DESCRIPTION("Spinlock benchmark of the pvrt harness");
MODULE_LICENSE("GPL");
