// SPDX-License-Identifier: GPL-2.0-only
/*
 * The automatic mode of the runtime lock-op switch: the guest picks its
 * spinlocks from its own steal time.
 *
 * A vCPU that the host preempts while it holds a lock stalls every
 * waiter behind it, and native waiters spin through the whole of it;
 * paravirt waiters halt instead and are kicked when the lock is free.
 * Steal time, which the hypervisor writes for each vCPU, tells the guest
 * how much of the time its vCPUs wanted to run and could not.  Every
 * PARAVIRT_RUNTIME_AUTO_PERIOD_MS, a deferrable work item reads the steal
 * clock of every online CPU and paravirt_runtime_auto_sample() decides
 * from the samples that show preemption, over two windows: to paravirt
 * once they cover most of a short window, back to native only once they
 * cover less than half of a long one, and never two switches closer than
 * a minimum interval.
 *
 * See "The automatic mode" in Documentation/x86/paravirt-runtime.rst.
 */
#define pr_fmt(fmt) "paravirt_runtime: auto: " fmt

#include <kunit/visibility.h>
#include <linux/cpumask.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/math64.h>
#include <linux/mutex.h>
#include <linux/reboot.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>

#include <asm/paravirt.h>
#include <asm/paravirt-runtime.h>

/* The defaults: see the documentation for the reasons behind them. */
const struct paravirt_runtime_auto_params paravirt_runtime_auto_defaults = {
	.busy_permille	= 200,
	.enter_share	= 900,
	.enter_ms	= 2000,
	.leave_share	= 500,
	.leave_ms	= 10000,
	.interval_ms	= 10000,
};
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_auto_defaults);

static const char * const pv_auto_why_names[] = {
	[PARAVIRT_RUNTIME_AUTO_WARMING]	= "too few samples for a window",
	[PARAVIRT_RUNTIME_AUTO_STEADY]	= "the steal fits the mode",
	[PARAVIRT_RUNTIME_AUTO_ENTER]	= "busy samples covered the paravirt share",
	[PARAVIRT_RUNTIME_AUTO_LEAVE]	= "busy samples fell below the native share",
	[PARAVIRT_RUNTIME_AUTO_TOO_SOON] = "a switch is due, but the last was too recent",
};

/**
 * paravirt_runtime_auto_why_name - what a decision's reason means
 * @why:	the reason
 */
const char *paravirt_runtime_auto_why_name(enum paravirt_runtime_auto_why why)
{
	return why < ARRAY_SIZE(pv_auto_why_names) ? pv_auto_why_names[why] : "?";
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_auto_why_name);

/*
 * @w over the newest samples that cover @ms of wall time since the last
 * switch, a sample busy if its steal reaches @permille; its steal is -1
 * if those samples cover less.
 */
static void pv_auto_window(const struct paravirt_runtime_auto *a,
			   unsigned int ms, unsigned int permille,
			   struct paravirt_runtime_auto_window *w)
{
	u64 want = (u64)ms * NSEC_PER_MSEC, wall = 0, steal = 0, time = 0;
	u64 busy = 0;
	unsigned int n, k;

	for (n = 0; n < a->count && wall < want; n++) {
		k = (a->head + PARAVIRT_RUNTIME_AUTO_SAMPLES - 1 - n) %
		    PARAVIRT_RUNTIME_AUTO_SAMPLES;
		if (a->ring[k].at <= a->switched_ns)
			break;
		wall += a->ring[k].wall;
		steal += a->ring[k].steal;
		time += a->ring[k].time;
		if (a->ring[k].time &&
		    div64_u64(a->ring[k].steal * 1000, a->ring[k].time) >= permille)
			busy += a->ring[k].wall;
	}
	w->busy_ms = div64_u64(busy, NSEC_PER_MSEC);
	w->ms = div64_u64(wall, NSEC_PER_MSEC);
	if (wall < want)
		w->steal = -1;
	else
		w->steal = time ? div64_u64(steal * 1000, time) : 0;
}

/* Whether busy samples cover @share per mille of @w, full. */
static bool pv_auto_covers(const struct paravirt_runtime_auto_window *w,
			   unsigned int share)
{
	return (u64)w->busy_ms * 1000 >= (u64)share * w->ms;
}

/*
 * Add the steal since the last sample of each CPU online now and then: a
 * CPU that comes online starts from its next sample, and one that went
 * offline in between is left out.  A clock that went backwards counts no
 * steal; one that jumped counts at most the wall time that passed.
 */
static void pv_auto_add(struct paravirt_runtime_auto *a, u64 now,
			const struct paravirt_runtime_auto_cpu *cpus,
			unsigned int nr)
{
	u64 wall = a->last_ns ? now - a->last_ns : 0, steal = 0, time = 0, d;
	unsigned int cpu;

	for (cpu = 0; cpu < nr; cpu++) {
		struct paravirt_runtime_auto_cpu *last = &a->cpus[cpu];

		if (cpus[cpu].online && last->online && wall) {
			if (cpus[cpu].steal < last->steal) {
				a->backwards++;
				d = 0;
			} else {
				d = cpus[cpu].steal - last->steal;
				if (d > wall) {
					a->jumps++;
					d = wall;
				}
			}
			steal += d;
			time += wall;
		}
		*last = cpus[cpu];
	}
	if (!wall)
		return;
	a->ring[a->head].at = now;
	a->ring[a->head].wall = wall;
	a->ring[a->head].steal = steal;
	a->ring[a->head].time = time;
	a->head = (a->head + 1) % PARAVIRT_RUNTIME_AUTO_SAMPLES;
	if (a->count < PARAVIRT_RUNTIME_AUTO_SAMPLES)
		a->count++;
}

/**
 * paravirt_runtime_auto_sample - decide the lock ops from a sample of steal
 * @a:		the state, zeroed but for @a->cpus, @a->nr_cpus and @a->p
 * @now:	the time of the sample, in ns of a monotonic clock, not 0
 * @cpus:	the steal clock of each CPU and whether it is online,
 *		@a->nr_cpus of them
 * @native:	whether the native lock ops are in use
 *
 * Records the sample and decides, without side effects beyond @a.  A
 * sample is busy if its steal reaches @a->p->busy_permille of the online
 * CPUs' time.  Native goes to paravirt once busy samples cover
 * @a->p->enter_share per mille of the last @a->p->enter_ms, so that a
 * burst shorter than that does not count, however high, and however many
 * samples it falls into; paravirt goes back to native once they cover
 * less than @a->p->leave_share of the last @a->p->leave_ms, so that
 * steal that stays below the busy level, however long, does not hold
 * the guest in paravirt.  Both windows hold only samples taken since the
 * last switch, paravirt_runtime_auto_switched(), and neither switch
 * happens within @a->p->interval_ms of it.  @a->last holds the decision and its
 * figures.
 *
 * Return: true if the lock ops should switch to the other mode now.
 */
bool paravirt_runtime_auto_sample(struct paravirt_runtime_auto *a, u64 now,
				  const struct paravirt_runtime_auto_cpu *cpus,
				  bool native)
{
	const struct paravirt_runtime_auto_params *p = a->p;
	struct paravirt_runtime_auto_decision *d = &a->last;
	const struct paravirt_runtime_auto_window *w;
	bool due;

	pv_auto_add(a, now, cpus, a->nr_cpus);
	a->last_ns = now;
	a->samples++;

	pv_auto_window(a, p->enter_ms, p->busy_permille, &d->enter);
	pv_auto_window(a, p->leave_ms, p->busy_permille, &d->leave);
	d->native = native;
	w = native ? &d->enter : &d->leave;
	due = w->steal >= 0 &&
	      (native ? pv_auto_covers(w, p->enter_share) :
			!pv_auto_covers(w, p->leave_share));
	d->why = w->steal < 0 ? PARAVIRT_RUNTIME_AUTO_WARMING :
		 !due ? PARAVIRT_RUNTIME_AUTO_STEADY :
		 native ? PARAVIRT_RUNTIME_AUTO_ENTER : PARAVIRT_RUNTIME_AUTO_LEAVE;
	if (due && a->switched_ns &&
	    now - a->switched_ns < (u64)p->interval_ms * NSEC_PER_MSEC) {
		d->why = PARAVIRT_RUNTIME_AUTO_TOO_SOON;
		a->suppressed++;
		return false;
	}
	return due;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_auto_sample);

/**
 * paravirt_runtime_auto_switched - note a switch that a sample asked for
 * @a:		the state
 * @now:	when it ended, on the clock of paravirt_runtime_auto_sample()
 * @err:	what it returned
 *
 * A failed switch is held back like a successful one, so that a switch
 * that keeps failing is tried once per interval.
 */
void paravirt_runtime_auto_switched(struct paravirt_runtime_auto *a, u64 now,
				    int err)
{
	a->switched_ns = now;
	if (err)
		a->failed++;
	else
		a->switches++;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_auto_switched);

/*
 * The mode's own state, all under pv_auto_lock, which a sample holds
 * while it switches: it comes before the switch's own locks.
 */
static DEFINE_MUTEX(pv_auto_lock);
static struct paravirt_runtime_auto pv_auto = {
	.p = &paravirt_runtime_auto_defaults,
};

static struct paravirt_runtime_auto_cpu *pv_auto_now;
static bool pv_auto_on;			/* the mode is on */
static bool pv_auto_stopped;		/* for good: the kernel goes down */
static const char *pv_auto_defer;	/* what decides instead, if anything */
static unsigned long pv_auto_deferred;	/* switches left to it */
static u64 pv_auto_sample_ns;		/* spent sampling and deciding */
static bool pv_auto_boot;		/* paravirt_runtime.auto=on */

static void pv_auto_work_fn(struct work_struct *work);
static DECLARE_DEFERRABLE_WORK(pv_auto_work, pv_auto_work_fn);

static int __init pv_auto_setup(char *str)
{
	if (kstrtobool(str, &pv_auto_boot))
		pr_err("paravirt_runtime.auto=%s: neither on nor off, keeping off\n",
		       str);
	return 1;
}
__setup("paravirt_runtime.auto=", pv_auto_setup);

static void pv_auto_queue(void)
{
	queue_delayed_work(system_power_efficient_wq, &pv_auto_work,
			   msecs_to_jiffies(PARAVIRT_RUNTIME_AUTO_PERIOD_MS));
}

static void pv_auto_work_fn(struct work_struct *work)
{
	struct paravirt_runtime_auto *a = &pv_auto;
	struct paravirt_runtime_auto_decision *d = &a->last;
	const struct paravirt_runtime_auto_window *w;
	bool native, to_native, due;
	unsigned int cpu, window;
	int err;
	u64 start;

	mutex_lock(&pv_auto_lock);
	if (!pv_auto_on || pv_auto_stopped)
		goto out;

	start = ktime_get_ns();
	for (cpu = 0; cpu < a->nr_cpus; cpu++) {
		pv_auto_now[cpu].online = cpu_online(cpu);
		pv_auto_now[cpu].steal = pv_auto_now[cpu].online ?
					 paravirt_steal_clock(cpu) : 0;
	}
	native = paravirt_runtime_native();
	due = paravirt_runtime_auto_sample(a, start, pv_auto_now, native);
	pv_auto_sample_ns += ktime_get_ns() - start;
	if (!due)
		goto again;
	if (pv_auto_defer) {
		pv_auto_deferred++;
		goto again;
	}

	to_native = !native;
	w = to_native ? &d->leave : &d->enter;
	window = to_native ? a->p->leave_ms : a->p->enter_ms;
	err = paravirt_runtime_switch(to_native);
	paravirt_runtime_auto_switched(a, ktime_get_ns(), err);
	if (err)
		pr_warn_ratelimited("steal %d.%d%% over %u ms, %u ms busy: cannot switch to %s (%d), trying again in %u ms\n",
				    w->steal / 10, w->steal % 10, window,
				    w->busy_ms,
				    to_native ? "native" : "paravirt", err,
				    a->p->interval_ms);
	else
		pr_info("steal %d.%d%% over %u ms, %u ms busy: switched to %s\n",
			w->steal / 10, w->steal % 10, window, w->busy_ms,
			to_native ? "native" : "paravirt");
again:
	pv_auto_queue();
out:
	mutex_unlock(&pv_auto_lock);
}

/**
 * paravirt_runtime_auto_set - turn the automatic mode on or off
 * @on:		whether to
 *
 * Turning it on starts sampling afresh.  Turning it off waits for a
 * sample under way, and its switch, to end: a switch that the caller
 * makes next comes after it.
 *
 * Context: process context, without the switch's locks held.
 * Return: 0; -EOPNOTSUPP when turning it on where the mode is not
 * available (no steal clock, or no two sets of lock ops to switch
 * between), or after the kernel began to go down.
 */
int paravirt_runtime_auto_set(bool on)
{
	const struct pv_lock_ops *native, *paravirt;
	int ret = 0;

	if (!on) {
		/* A work item still queued finds the mode off. */
		mutex_lock(&pv_auto_lock);
		pv_auto_on = false;
		mutex_unlock(&pv_auto_lock);
		return 0;
	}

	paravirt_runtime_get_ops(&native, &paravirt);
	mutex_lock(&pv_auto_lock);
	if (!paravirt || !pv_auto_now || pv_auto_stopped ||
	    !static_key_enabled(&paravirt_steal_enabled)) {
		ret = -EOPNOTSUPP;
	} else if (!pv_auto_on) {
		memset_startat(&pv_auto, 0, ring);
		pv_auto_sample_ns = 0;
		memset(pv_auto.cpus, 0, pv_auto.nr_cpus * sizeof(*pv_auto.cpus));
		pv_auto_on = true;
		pv_auto_queue();
	}
	mutex_unlock(&pv_auto_lock);
	return ret;
}

/**
 * paravirt_runtime_auto_defer - let something else decide the lock ops
 * @what:	what decides instead, for the messages; NULL to decide again
 *
 * A hypervisor whose host manages the choice of lock ops (KVM's
 * KVM_HINTS_REALTIME, when the host can change it) calls this: the
 * automatic mode then still samples and decides, when it is on, but
 * leaves each switch it decides on to the host, and counts it.
 */
void paravirt_runtime_auto_defer(const char *what)
{
	mutex_lock(&pv_auto_lock);
	pv_auto_defer = what;
	mutex_unlock(&pv_auto_lock);
}

/**
 * paravirt_runtime_auto_show - the automatic mode's lines in debugfs
 * @buf:	where to write them
 * @size:	the room in @buf
 *
 * Return: their length.
 */
int paravirt_runtime_auto_show(char *buf, size_t size)
{
	const struct paravirt_runtime_auto *a = &pv_auto;
	const struct paravirt_runtime_auto_decision *d = &a->last;
	const struct paravirt_runtime_auto_params *p = a->p;
	int len;

	mutex_lock(&pv_auto_lock);
	len = scnprintf(buf, size, "auto: %s%s%s\n",
			pv_auto_on ? "on" : "off",
			pv_auto_defer ? ", deferring to " : "",
			pv_auto_defer ?: "");
	len += scnprintf(buf + len, size - len,
			 "auto thresholds: a sample is busy at %u.%u%% steal; paravirt once busy samples cover %u.%u%% of %u ms, native once less than %u.%u%% of %u ms; switches %u ms apart, a sample every %u ms\n",
			 p->busy_permille / 10, p->busy_permille % 10,
			 p->enter_share / 10, p->enter_share % 10, p->enter_ms,
			 p->leave_share / 10, p->leave_share % 10, p->leave_ms,
			 p->interval_ms, PARAVIRT_RUNTIME_AUTO_PERIOD_MS);
	if (a->samples)
		len += scnprintf(buf + len, size - len,
				 "auto last decision: steal %d.%d%% over %u ms (%u of %u ms busy), %d.%d%% over %u ms (%u of %u ms busy); in %s: %s\n",
				 max(d->enter.steal, 0) / 10,
				 max(d->enter.steal, 0) % 10, p->enter_ms,
				 d->enter.busy_ms, d->enter.ms,
				 max(d->leave.steal, 0) / 10,
				 max(d->leave.steal, 0) % 10, p->leave_ms,
				 d->leave.busy_ms, d->leave.ms,
				 d->native ? "native" : "paravirt",
				 paravirt_runtime_auto_why_name(d->why));
	len += scnprintf(buf + len, size - len,
			 "auto samples: %lu, %llu ns each on average; switches: %lu made, %lu failed, %lu held back by the interval, %lu deferred; steal clocks: %lu backwards, %lu jumps\n",
			 a->samples,
			 a->samples ? div64_u64(pv_auto_sample_ns, a->samples) : 0,
			 a->switches, a->failed, a->suppressed,
			 pv_auto_deferred, a->backwards, a->jumps);
	mutex_unlock(&pv_auto_lock);
	return len;
}

/*
 * No switch may start once the kernel goes down; one under way holds
 * pv_auto_lock until it ends.
 */
static int pv_auto_reboot(struct notifier_block *nb, unsigned long code,
			  void *unused)
{
	mutex_lock(&pv_auto_lock);
	pv_auto_stopped = true;
	pv_auto_on = false;
	mutex_unlock(&pv_auto_lock);
	return NOTIFY_DONE;
}

static struct notifier_block pv_auto_reboot_nb = {
	.notifier_call = pv_auto_reboot,
};

/* After the hypervisor named its lock ops, at late_initcall. */
static int __init pv_auto_init(void)
{
	pv_auto.nr_cpus = nr_cpu_ids;
	pv_auto.cpus = kcalloc(nr_cpu_ids, sizeof(*pv_auto.cpus), GFP_KERNEL);
	pv_auto_now = kcalloc(nr_cpu_ids, sizeof(*pv_auto_now), GFP_KERNEL);
	if (!pv_auto.cpus || !pv_auto_now) {
		kfree(pv_auto.cpus);
		kfree(pv_auto_now);
		pv_auto_now = NULL;
		return -ENOMEM;
	}
	register_reboot_notifier(&pv_auto_reboot_nb);
	if (pv_auto_boot && paravirt_runtime_auto_set(true))
		pr_warn("paravirt_runtime.auto=on: not available here (no steal clock, or no lock ops to switch between)\n");
	return 0;
}
late_initcall_sync(pv_auto_init);
