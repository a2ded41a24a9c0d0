// SPDX-License-Identifier: GPL-2.0-only
/*
 * Paravirt lock ops for switching without a hypervisor, and a boot
 * selftest of the runtime switch.
 *
 * The test ops are the paravirt queued spinlock with a wait that returns
 * at once and a kick that does nothing: waiters spin instead of halting,
 * which the paravirt protocol allows, since pv_wait() may return
 * spuriously.  With them, /sys/kernel/debug/x86/pv_lock_ops can switch a
 * kernel that runs on bare metal, or under an emulator, between native
 * and paravirt.
 *
 * With "pv_selftest=N" on the command line, the selftest switches the
 * lock ops N times (rounded up to even, so that it ends in the mode the
 * kernel booted in), on bare metal with the test ops, on KVM with the
 * guest's own, while every CPU takes shared locks in task, softirq,
 * hardirq and NMI context.  During each switch it sends NMIs to every
 * CPU at every state and makes some of the other CPUs run a site, so
 * that both ways of meeting a site under patch, on the primary and on
 * the others, are taken, and the NMI gate holds NMIs.  After each switch
 * it checks every site against the instruction generator.  Then it
 * switches back to back, with NMIs that the gate delays from the end of
 * one switch into the next, and switches twice with NMIs that come as
 * each switch ends, which the gate must not count as held.  Then it
 * makes stop_machine() fail for one switch, which must then write nothing
 * and return the error.  Last, it switches twice with an NMI handler that
 * runs ahead of all others and takes a lock, which must not run on a CPU
 * whose NMI the gate holds.  It reports in KTAP, with its progress every
 * ten seconds while it switches, and fails with a warning.
 *
 * With "paravirt_runtime.engine=phased" the same switches run phase by
 * phase under running CPUs.  In each phase, while the sites have their
 * breakpoints, the switching task runs a site of every op, once while a
 * breakpoint executes the old text and once the new, and checks what the
 * lock ops did; every CPU gets NMIs that take a shared lock; no NMI may be
 * held.  The stop_machine() failure does not apply; each kind of text
 * must have been emulated instead.
 */
#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/init.h>
#include <linux/kthread.h>
#include <linux/memory.h>
#include <linux/nmi.h>
#include <linux/panic_notifier.h>
#include <linux/percpu.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/spinlock.h>
#include <linux/stop_machine.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <asm/apic.h>
#include <asm/hypervisor.h>
#include <asm/paravirt-runtime.h>
#include <asm/paravirt.h>
#include <asm/qspinlock.h>

#include "lock_events.h"

static void pv_selftest_wait(u8 *ptr, u8 val)
{
}

static void pv_selftest_kick(int cpu)
{
}

static const struct pv_lock_ops pv_selftest_lock_ops = {
	.queued_spin_lock_slowpath	= __pv_queued_spin_lock_slowpath,
	.queued_spin_unlock		= PV_CALLEE_SAVE(__pv_queued_spin_unlock),
	.wait				= pv_selftest_wait,
	.kick				= pv_selftest_kick,
	.vcpu_is_preempted		= PV_CALLEE_SAVE(__native_vcpu_is_preempted),
};

static int stop_nothing(void *data)
{
	return 0;
}

/*
 * Reading x86/pv_stop_machine_ns runs stop_machine() on every online CPU
 * with nothing to do, the floor of a switch's duration, and gives how
 * long it took in nanoseconds.
 */
static int stop_machine_ns_get(void *data, u64 *val)
{
	u64 start = ktime_get_ns();
	int ret = stop_machine(stop_nothing, NULL, cpu_online_mask);

	*val = ktime_get_ns() - start;
	return ret;
}
DEFINE_DEBUGFS_ATTRIBUTE(stop_machine_ns_fops, stop_machine_ns_get, NULL,
			 "%llu\n");

/* Make the next switch fail with the errno written, as if out of memory. */
static int fail_next_switch_set(void *data, u64 val)
{
	if (!val || val > MAX_ERRNO)
		return -EINVAL;
	paravirt_runtime_fail_stop_machine(-(int)val);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(fail_next_switch_fops, NULL, fail_next_switch_set,
			 "%llu\n");

/*
 * The phase stretch: with the phased engine, every switch sleeps in each
 * of its phases, while the sites have their breakpoints and execute their
 * old text, then their new one, and at the end of the phase; and at each
 * phase's end it logs what the lock slowpaths did during the phase, from
 * the lock event counters.  Under a lock load, that shows that native and
 * paravirt waiters, halted waiters and _Q_SLOW_VAL locks met each phase.
 */
static unsigned int stretch_ms;
/* Phases stretched so far, and the direction of the switch under way. */
static unsigned int stretch_phases;
static bool stretch_to_native;

enum {
	STRETCH_PENDING,
	STRETCH_QUEUED,
	STRETCH_WAIT_NODE,
	STRETCH_WAIT_HEAD,
	STRETCH_SLOW_UNLOCK,
	STRETCH_EVENTS
};

static unsigned long stretch_start[STRETCH_EVENTS];

/*
 * In a wait phase the stretch also holds a lock that every other CPU waits
 * for, until they all wait, and for STRETCH_HOLD_MS more: long enough for
 * the waiters queued behind the head to call the wait op, whose sites then
 * have their breakpoints, and for the unlock to find _Q_SLOW_VAL once the
 * lock goes to a halted waiter.  How often the lock load alone does that
 * depends on how often the host preempts a lock holder.  The holder has
 * interrupts on for smp_call_function(), the waiters off: safe, since the
 * function never runs on the calling CPU, but not to lockdep, which does
 * not track an arch_spinlock_t.
 */
#define STRETCH_HOLD_MS		100
static arch_spinlock_t stretch_lock = __ARCH_SPIN_LOCK_UNLOCKED;
static atomic_t stretch_waiters;

static void stretch_wait_for_lock(void *unused)
{
	atomic_inc(&stretch_waiters);
	arch_spin_lock(&stretch_lock);
	arch_spin_unlock(&stretch_lock);
	atomic_dec(&stretch_waiters);
}

static void stretch_contend(void)
{
	unsigned long until = jiffies + HZ;

	preempt_disable();
	arch_spin_lock(&stretch_lock);
	smp_call_function(stretch_wait_for_lock, NULL, false);
	while (atomic_read(&stretch_waiters) < num_online_cpus() - 1 &&
	       time_before(jiffies, until))
		cpu_relax();
	mdelay(STRETCH_HOLD_MS);
	arch_spin_unlock(&stretch_lock);
	preempt_enable();
	while (atomic_read(&stretch_waiters))
		cpu_relax();
}

/* The sums over all CPUs of the lock events of the stretch. */
static void stretch_count(unsigned long *sum)
{
#ifdef CONFIG_LOCK_EVENT_COUNTS
	static const int event[STRETCH_EVENTS] = {
		[STRETCH_PENDING]	= LOCKEVENT_lock_pending,
		[STRETCH_QUEUED]	= LOCKEVENT_lock_slowpath,
		[STRETCH_WAIT_NODE]	= LOCKEVENT_pv_wait_node,
		[STRETCH_WAIT_HEAD]	= LOCKEVENT_pv_wait_head,
		[STRETCH_SLOW_UNLOCK]	= LOCKEVENT_pv_kick_unlock,
	};
	unsigned int i, cpu;

	for (i = 0; i < STRETCH_EVENTS; i++) {
		sum[i] = 0;
		for_each_possible_cpu(cpu)
			sum[i] += per_cpu(lockevents[event[i]], cpu);
	}
#else
	memset(sum, 0, STRETCH_EVENTS * sizeof(*sum));
#endif
}

static void stretch_hook(enum paravirt_runtime_state state, bool primary)
{
	unsigned int phase = stretch_phases % PARAVIRT_RUNTIME_PHASES;
	unsigned long now[STRETCH_EVENTS];

	switch (state) {
	case PARAVIRT_RUNTIME_INT3:
		/* Until the slowpath's phase, the mode is the old one. */
		if (!phase)
			stretch_to_native = !paravirt_runtime_native();
		stretch_count(stretch_start);
		if (!strcmp(paravirt_runtime_phase_name(stretch_to_native, phase),
			    "wait"))
			stretch_contend();
		msleep(READ_ONCE(stretch_ms));
		break;
	case PARAVIRT_RUNTIME_TAIL:
		msleep(READ_ONCE(stretch_ms));
		break;
	case PARAVIRT_RUNTIME_HEAD:
		msleep(READ_ONCE(stretch_ms));
		stretch_count(now);
		pr_info("pv_selftest: stretched phase %u of %u (%s) to %s: native pending %lu, queued %lu; paravirt waits node %lu, head %lu; slow unlocks %lu\n",
			phase + 1, PARAVIRT_RUNTIME_PHASES,
			paravirt_runtime_phase_name(stretch_to_native, phase),
			stretch_to_native ? "native" : "paravirt",
			now[STRETCH_PENDING] - stretch_start[STRETCH_PENDING],
			now[STRETCH_QUEUED] - stretch_start[STRETCH_QUEUED],
			now[STRETCH_WAIT_NODE] - stretch_start[STRETCH_WAIT_NODE],
			now[STRETCH_WAIT_HEAD] - stretch_start[STRETCH_WAIT_HEAD],
			now[STRETCH_SLOW_UNLOCK] -
			stretch_start[STRETCH_SLOW_UNLOCK]);
		stretch_phases++;
		break;
	default:
		break;
	}
}

/*
 * Writing N to x86/pv_phase_stretch_ms stretches each phase of the
 * following switches by 3 * N ms; 0 stops.  Only the phased engine calls
 * its hook where it may sleep, and only with the lock event counters is
 * there anything to log.
 */
static int stretch_ms_set(void *data, u64 val)
{
	if (paravirt_runtime_engine() != PARAVIRT_RUNTIME_PHASED ||
	    !IS_ENABLED(CONFIG_LOCK_EVENT_COUNTS) || val > MSEC_PER_SEC)
		return -EINVAL;
	WRITE_ONCE(stretch_ms, val);
	stretch_phases = 0;
	paravirt_runtime_set_hook(val ? stretch_hook : NULL);
	return 0;
}

static int stretch_ms_get(void *data, u64 *val)
{
	*val = READ_ONCE(stretch_ms);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(stretch_ms_fops, stretch_ms_get, stretch_ms_set,
			 "%llu\n");

static int __init pv_selftest_init(void)
{
	debugfs_create_file_unsafe("pv_stop_machine_ns", 0400, arch_debugfs_dir,
				   NULL, &stop_machine_ns_fops);
	debugfs_create_file_unsafe("pv_fail_next_switch", 0200, arch_debugfs_dir,
				   NULL, &fail_next_switch_fops);
	debugfs_create_file_unsafe("pv_phase_stretch_ms", 0600, arch_debugfs_dir,
				   NULL, &stretch_ms_fops);
	if (!hypervisor_is_type(X86_HYPER_NATIVE))
		return 0;

	/*
	 * Under an emulator or a hypervisor without PV spinlocks the native
	 * slowpath is virt_spin_lock()'s test-and-set, which the phased
	 * engine cannot mix with the paravirt one.  For it, make native what
	 * it is in a KVM guest that switches: the queued spinlock.
	 */
	if (paravirt_runtime_engine() == PARAVIRT_RUNTIME_PHASED)
		static_branch_disable(&virt_spin_lock_key);
	__pv_init_lock_hash();
	paravirt_runtime_set_ops(NULL, &pv_selftest_lock_ops);
	pr_info("pv_selftest: test paravirt lock ops registered\n");
	return 0;
}
late_initcall(pv_selftest_init);

static unsigned int nr_switches __initdata;

static int __init pv_selftest_setup(char *str)
{
	if (kstrtouint(str, 0, &nr_switches))
		pr_err("pv_selftest: \"%s\" is not a number of switches; not testing\n",
		       str);
	return 1;
}
__setup("pv_selftest=", pv_selftest_setup);

/*
 * The switches can take minutes in a guest whose vCPUs the host preempts
 * (each one waits for the other CPUs, and the phased engine for grace
 * periods): say how far they got every so often, so that a slow run does
 * not look like a hung one.
 */
#define PROGRESS_INTERVAL	(10 * HZ)

/*
 * Panic in the middle of the first switch: on the primary, or on another
 * CPU while the primary is held as by a machine check.
 */
enum { PANIC_NONE, PANIC_PRIMARY, PANIC_SECONDARY };
static int panic_mid_switch;

static int __init pv_selftest_panic_setup(char *str)
{
	if (!*str || !strcmp(str, "=primary"))
		panic_mid_switch = PANIC_PRIMARY;
	else if (!strcmp(str, "=secondary"))
		panic_mid_switch = PANIC_SECONDARY;
	else
		pr_err("pv_selftest_panic%s: not primary or secondary; not panicking\n",
		       str);
	return 1;
}
__setup("pv_selftest_panic", pv_selftest_panic_setup);

/*
 * How long to wait for the other CPUs to stop: panic() waits only 10ms
 * for the CPUs it sent NMIs to, less than a busy host may take to run a
 * vCPU at all; a CPU held in the switch's NMI gate never stops.
 */
#define PANIC_STOP_WAIT_MS	5000

/* Runs after panic() has stopped the other CPUs, or tried to. */
static int selftest_panic_notify(struct notifier_block *nb,
				 unsigned long event, void *unused)
{
	unsigned int ms;

	for (ms = 0; ms < PANIC_STOP_WAIT_MS && num_online_cpus() > 1; ms++)
		mdelay(1);
	pr_emerg("pv_selftest: %u of %u CPUs still online after the stop, waited %u ms\n",
		 num_online_cpus(), num_present_cpus(), ms);
	return NOTIFY_DONE;
}

static struct notifier_block selftest_panic_nb = {
	.notifier_call	= selftest_panic_notify,
};

/* Where the load takes its shared lock. */
enum {
	LEVEL_TASK,
	LEVEL_SOFTIRQ,
	LEVEL_HARDIRQ,
	LEVEL_NMI,
	NR_LEVELS
};

struct selftest_cpu {
	struct task_struct *thread;
	struct timer_list timer;
	struct hrtimer hrtimer;
	arch_spinlock_t own;		/* run by the switch hook */
	atomic_t nmi_pending;		/* an NMI from us is on its way */
	unsigned long taken[NR_LEVELS];
};

static DEFINE_PER_CPU(struct selftest_cpu, selftest_cpu);

/* A lock per level, shared by every CPU and taken only at that level. */
static DEFINE_SPINLOCK(shared_task_lock);
static DEFINE_SPINLOCK(shared_softirq_lock);
static DEFINE_RAW_SPINLOCK(shared_hardirq_lock);
static arch_spinlock_t shared_nmi_lock = __ARCH_SPIN_LOCK_UNLOCKED;

/*
 * The back-to-back test: its switches, and how long the gate keeps an
 * NMI that comes as one of them ends.
 */
#define BACK_TO_BACK	4
#define GATE_DELAY_MS	200

static bool stopping;
/* Switches so far: which of the other CPUs run a site changes with it. */
static unsigned int switch_round;
/* The primary's NMIs that did not arrive while it waited for them. */
static atomic_t nmi_lost;

/* Hold a shared lock long enough for the others to queue behind it. */
static void hold(void)
{
	int i;

	for (i = 0; i < 20; i++)
		cpu_relax();
}

static int selftest_nmi(unsigned int type, struct pt_regs *regs)
{
	struct selftest_cpu *sc = this_cpu_ptr(&selftest_cpu);
	arch_spinlock_t lock = __ARCH_SPIN_LOCK_UNLOCKED;

	if (!atomic_read(&sc->nmi_pending))
		return NMI_DONE;

	/*
	 * Once the primary has panicked in the middle of a switch, the gate
	 * lets this NMI go: run a site that no CPU has run since it got its
	 * breakpoint, which nobody will complete.  panic() must still stop
	 * this CPU.
	 */
	if (READ_ONCE(panic_mid_switch) &&
	    atomic_read(&panic_cpu) != PANIC_CPU_INVALID &&
	    atomic_read(&panic_cpu) != smp_processor_id()) {
		arch_spin_lock(&lock);
		arch_spin_unlock(&lock);
	}

	/* The slowpath, unlock and vcpu_is_preempted sites, in NMI context. */
	arch_spin_lock(&shared_nmi_lock);
	hold();
	arch_spin_unlock(&shared_nmi_lock);
	if (vcpu_is_preempted(smp_processor_id()))
		pr_err_once("pv_selftest: a running CPU is preempted\n");
	sc->taken[LEVEL_NMI]++;
	atomic_set(&sc->nmi_pending, 0);
	return NMI_HANDLED;
}

/* Send an NMI to @cpu unless one of ours is pending there. */
static bool send_nmi(unsigned int cpu)
{
	if (atomic_cmpxchg(&per_cpu(selftest_cpu.nmi_pending, cpu), 0, 1))
		return false;
	apic->send_IPI(cpu, NMI_VECTOR);
	return true;
}

static void send_nmis(void)
{
	unsigned int cpu;

	for_each_online_cpu(cpu)
		send_nmi(cpu);
}

static bool phased;
/* Sites that run_every_op() ran, and those that did not do their op. */
static unsigned int every_op_runs, every_op_wrong;

/*
 * Run a site of each of the four ops that switch: the slowpath, called on
 * a free lock, takes it; the unlock releases it; the wait returns at once
 * (the byte is not 1); a kick of this CPU is harmless, as a waiter takes
 * any wakeup as possibly spurious.  Count a lock that is not in the state
 * its op leaves it in.
 */
static void run_every_op(void)
{
	arch_spinlock_t lock = __ARCH_SPIN_LOCK_UNLOCKED;
	u8 byte = 0;

	preempt_disable();
	queued_spin_lock_slowpath(&lock, 0);
	every_op_wrong += !arch_spin_is_locked(&lock);
	pv_wait(&byte, 1);
	pv_kick(smp_processor_id());
	arch_spin_unlock(&lock);
	every_op_wrong += arch_spin_is_locked(&lock);
	preempt_enable();
	every_op_runs++;
}

/*
 * Called by the phased engine, in the task that switches, once every CPU
 * sees a state of a phase.  In state INT3 every site of the phase has a
 * breakpoint and executes its old text, in state TAIL still a breakpoint
 * and its new text: run a site of every op, so that each kind of text is
 * emulated.  Then send an NMI to every CPU, where it takes a shared lock
 * meanwhile, and wait for this CPU's.
 */
static void selftest_phase_hook(enum paravirt_runtime_state state)
{
	struct selftest_cpu *sc;
	u64 end;

	if (state == PARAVIRT_RUNTIME_INT3 || state == PARAVIRT_RUNTIME_TAIL)
		run_every_op();
	sc = per_cpu_ptr(&selftest_cpu, get_cpu());
	send_nmis();
	end = local_clock() + NSEC_PER_SEC / 10;
	while (atomic_read(&sc->nmi_pending)) {
		if (local_clock() > end) {
			atomic_inc(&nmi_lost);
			break;
		}
		cpu_relax();
	}
	put_cpu();
}

/*
 * Called by the runtime switch at each state, in stop_machine().  The
 * primary sends itself an NMI and waits for it; in state INT3 or TAIL
 * that NMI runs an unlock site under patch and so must take the
 * breakpoint.  Half of the other CPUs run an unlock site once every site
 * has INT3: they take the breakpoint and wait there until state HEAD.
 * From state TAIL on, the primary also sends an NMI to every other CPU,
 * which waits in the gate, on top of the breakpoint handler or of the
 * stop_machine() loop.  (An NMI in state INT3 would hold a CPU in the gate
 * before it runs its site.)
 */
static void selftest_hook(enum paravirt_runtime_state state, bool primary)
{
	struct selftest_cpu *sc;
	u64 end;

	if (state == PARAVIRT_RUNTIME_DONE)
		return;
	if (phased) {
		selftest_phase_hook(state);
		return;
	}
	sc = this_cpu_ptr(&selftest_cpu);
	if (primary) {
		if (state == PARAVIRT_RUNTIME_INT3)
			send_nmi(smp_processor_id());
		else
			send_nmis();
		end = local_clock() + NSEC_PER_SEC / 10;
		while (atomic_read(&sc->nmi_pending)) {
			if (local_clock() > end) {
				atomic_inc(&nmi_lost);
				break;
			}
			cpu_relax();
		}
		/* The other CPUs' NMIs now wait in the gate. */
		if (state == PARAVIRT_RUNTIME_TAIL &&
		    READ_ONCE(panic_mid_switch) == PANIC_PRIMARY)
			panic("pv_selftest: panic in the middle of a switch");
		/*
		 * Held as in a machine check whose monarch, another CPU,
		 * panics: never write the first bytes; only panic's NMI
		 * stops this CPU.
		 */
		while (state == PARAVIRT_RUNTIME_TAIL &&
		       READ_ONCE(panic_mid_switch) == PANIC_SECONDARY)
			cpu_relax();
	} else if (state == PARAVIRT_RUNTIME_INT3 &&
		   READ_ONCE(panic_mid_switch) == PANIC_SECONDARY) {
		/* The first CPU here panics; its printk meets INT3 sites. */
		panic("pv_selftest: panic on CPU %d in the middle of a switch",
		      smp_processor_id());
	} else if (state == PARAVIRT_RUNTIME_INT3 &&
		   (smp_processor_id() + READ_ONCE(switch_round)) % 2) {
		arch_spin_lock(&sc->own);
		arch_spin_unlock(&sc->own);
	}
}

/*
 * At the end of each switch, while NMIs still see it, send an NMI to every
 * other CPU and return once they all wait in the gate's delay: the next
 * switch starts while they are still there.
 */
static void selftest_end_hook(enum paravirt_runtime_state state,
			      bool primary)
{
	unsigned int cpu, me, sent = 0, seen;
	u64 end;

	if (state != PARAVIRT_RUNTIME_DONE)
		return;
	seen = paravirt_runtime_gate_delayed();
	me = get_cpu();
	for_each_online_cpu(cpu)
		sent += cpu != me && send_nmi(cpu);
	put_cpu();
	end = local_clock() + GATE_DELAY_MS * NSEC_PER_MSEC / 2;
	while (paravirt_runtime_gate_delayed() - seen < sent &&
	       local_clock() < end)
		cpu_relax();
}

/*
 * At the end of a switch, while NMIs still see it, send an NMI to every
 * other CPU and wait until each has run: the gate must let them through
 * at once, without counting them as held.
 */
static void selftest_late_nmi_hook(enum paravirt_runtime_state state,
				   bool primary)
{
	unsigned int cpu, me;
	u64 end;

	if (state != PARAVIRT_RUNTIME_DONE)
		return;
	me = get_cpu();
	for_each_online_cpu(cpu) {
		if (cpu != me)
			send_nmi(cpu);
	}
	put_cpu();
	end = local_clock() + NSEC_PER_SEC / 10;
	for_each_online_cpu(cpu) {
		while (atomic_read(&per_cpu(selftest_cpu.nmi_pending, cpu)) &&
		       local_clock() < end)
			cpu_relax();
	}
}

static void softirq_load(struct timer_list *t)
{
	spin_lock(&shared_softirq_lock);
	hold();
	spin_unlock(&shared_softirq_lock);
	this_cpu_inc(selftest_cpu.taken[LEVEL_SOFTIRQ]);
	if (!READ_ONCE(stopping))
		mod_timer(t, jiffies + 1);
}

static enum hrtimer_restart hardirq_load(struct hrtimer *t)
{
	raw_spin_lock(&shared_hardirq_lock);
	hold();
	raw_spin_unlock(&shared_hardirq_lock);
	this_cpu_inc(selftest_cpu.taken[LEVEL_HARDIRQ]);
	if (READ_ONCE(stopping))
		return HRTIMER_NORESTART;
	hrtimer_forward_now(t, ns_to_ktime(500 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

/* Bound to one CPU: arms that CPU's timers, then takes shared_task_lock. */
static int task_load(void *data)
{
	struct selftest_cpu *sc = data;

	mod_timer(&sc->timer, jiffies + 1);
	hrtimer_start(&sc->hrtimer, ns_to_ktime(500 * NSEC_PER_USEC),
		      HRTIMER_MODE_REL_PINNED_HARD);
	while (!kthread_should_stop()) {
		spin_lock(&shared_task_lock);
		hold();
		spin_unlock(&shared_task_lock);
		this_cpu_inc(selftest_cpu.taken[LEVEL_TASK]);
		cond_resched();
	}
	return 0;
}

static int __init start_load(void)
{
	unsigned int cpu;

	for_each_online_cpu(cpu) {
		struct selftest_cpu *sc = per_cpu_ptr(&selftest_cpu, cpu);

		timer_setup(&sc->timer, softirq_load, TIMER_PINNED);
		hrtimer_init(&sc->hrtimer, CLOCK_MONOTONIC,
			     HRTIMER_MODE_REL_PINNED_HARD);
		sc->hrtimer.function = hardirq_load;
		sc->thread = kthread_create_on_cpu(task_load, sc, cpu,
						   "pv_selftest/%u");
		if (IS_ERR(sc->thread)) {
			int ret = PTR_ERR(sc->thread);

			sc->thread = NULL;
			return ret;
		}
		wake_up_process(sc->thread);
	}
	return 0;
}

static void __init stop_load(void)
{
	unsigned int cpu;

	WRITE_ONCE(stopping, true);
	for_each_online_cpu(cpu) {
		struct selftest_cpu *sc = per_cpu_ptr(&selftest_cpu, cpu);

		if (!sc->thread)
			continue;
		kthread_stop(sc->thread);
		del_timer_sync(&sc->timer);
		hrtimer_cancel(&sc->hrtimer);
	}
}

struct site_check {
	unsigned int sites;
	unsigned int bad;
};

static int __init check_site(const struct paravirt_runtime_site *p,
			     void *data)
{
	u8 *addr = paravirt_runtime_site_addr(p);
	struct site_check *check = data;
	u8 buf[PARAVIRT_RUNTIME_SITE_MAX];

	check->sites++;
	if (!paravirt_runtime_site_text(p, &pv_ops.lock, buf))
		return 0;
	if (!check->bad++)
		pr_err("pv_selftest: site %pS holds %*ph, expected %*ph\n",
		       addr, p->len, addr, p->len, buf);
	return 0;
}

static unsigned int tests, failed;

struct late_nmis {
	int ret;
	unsigned int held;	/* NMIs counted as held by the gate */
	unsigned int nmi;	/* NMIs that took the shared lock */
};

/* A switch and back, each ending with NMIs that the gate must not hold. */
static void __init run_late_nmis(bool boot_native, struct late_nmis *l)
{
	struct paravirt_runtime_stats before, after;
	unsigned long nmi = 0;
	unsigned int cpu;

	for_each_online_cpu(cpu)
		nmi -= per_cpu(selftest_cpu.taken[LEVEL_NMI], cpu);
	paravirt_runtime_get_stats(&before);
	paravirt_runtime_set_hook(selftest_late_nmi_hook);
	l->ret = paravirt_runtime_switch(!boot_native) ?:
		 paravirt_runtime_switch(boot_native);
	paravirt_runtime_set_hook(NULL);
	paravirt_runtime_get_stats(&after);
	for_each_online_cpu(cpu)
		nmi += per_cpu(selftest_cpu.taken[LEVEL_NMI], cpu);
	l->held = after.nmi_held - before.nmi_held;
	l->nmi = nmi;
}

struct back_to_back {
	unsigned int done;
	int ret;
	unsigned int delayed;	/* NMIs that the gate delayed */
};

/*
 * Back-to-back switches, each ending with NMIs on the other CPUs that
 * linger in the gate, as if their vCPUs were preempted there, until the
 * next switch has begun.  An NMI must never wait for a switch that began
 * after it came: that switch would wait for the CPU forever.
 */
static void __init run_back_to_back(bool boot_native, struct back_to_back *b)
{
	unsigned int delayed = paravirt_runtime_gate_delayed();
	unsigned int i;

	paravirt_runtime_set_hook(selftest_end_hook);
	paravirt_runtime_set_gate_delay(GATE_DELAY_MS);
	for (i = 0; i < BACK_TO_BACK && !b->ret; i++) {
		b->ret = paravirt_runtime_switch(i % 2 ? boot_native :
						 !boot_native);
		b->done += !b->ret;
	}
	paravirt_runtime_set_gate_delay(0);
	paravirt_runtime_set_hook(NULL);
	b->delayed = paravirt_runtime_gate_delayed() - delayed;
}

static __printf(3, 4) void __init report(bool ok, const char *name, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_info("%sok %u %s # %pV\n", ok ? "" : "not ", ++tests, name, &vaf);
	va_end(args);
	failed += !ok;
}

/* The switches counted so far. */
static unsigned long __init switches_counted(void)
{
	struct paravirt_runtime_stats st;

	paravirt_runtime_get_stats(&st);
	return st.switches;
}

/*
 * A switch whose stop_machine() fails runs nothing on any CPU: it must
 * return the error and leave the mode, the sites and the count of
 * switches as they were.
 */
static void __init test_stop_machine_error(bool boot_native)
{
	struct site_check check = {};
	unsigned long before = switches_counted();
	int ret;

	paravirt_runtime_fail_stop_machine(-ENOENT);
	ret = paravirt_runtime_switch(!boot_native);
	mutex_lock(&text_mutex);
	paravirt_runtime_walk(check_site, &check);
	mutex_unlock(&text_mutex);
	report(ret == -ENOENT && paravirt_runtime_native() == boot_native &&
	       switches_counted() == before && !check.bad,
	       "stop_machine_error",
	       "switch returned %d, still %s, %lu switches counted, %u of %u sites wrong",
	       ret, paravirt_runtime_native() ? "native" : "paravirt",
	       switches_counted() - before, check.bad, check.sites);
}

/*
 * The nmi_before_gate test: an NMI handler registered ahead of all others,
 * as a tracer on the NMI path would run, takes a lock shared by all CPUs.
 * If it can run before the gate, an NMI on another CPU takes the lock,
 * waits at its unlock site for the primary, and the primary's own NMI
 * spins on the lock for ever.
 */
static arch_spinlock_t first_lock = __ARCH_SPIN_LOCK_UNLOCKED;
static unsigned int first_primary_cpu;
static atomic_t first_primary, first_others;
/* Other CPUs' NMIs that took the lock while the primary waited for them. */
static unsigned int first_early;

/* Registered only for the test, after selftest_nmi() is gone. */
static int first_nmi(unsigned int type, struct pt_regs *regs)
{
	struct selftest_cpu *sc = this_cpu_ptr(&selftest_cpu);

	if (!atomic_read(&sc->nmi_pending))
		return NMI_DONE;
	arch_spin_lock(&first_lock);
	if (smp_processor_id() == READ_ONCE(first_primary_cpu))
		atomic_inc(&first_primary);
	else
		atomic_inc(&first_others);
	arch_spin_unlock(&first_lock);
	atomic_set(&sc->nmi_pending, 0);
	return NMI_HANDLED;
}

/*
 * Once every site has INT3, send an NMI to every other CPU, give them
 * 100ms to take the lock, then send one to the primary and wait for it.
 * With interrupts off, local_clock() may stop at the next tick: count
 * microseconds instead.
 */
static void first_nmi_hook(enum paravirt_runtime_state state, bool primary)
{
	struct selftest_cpu *sc;
	unsigned int cpu, me;
	unsigned int us;

	if (!primary || state != PARAVIRT_RUNTIME_INT3)
		return;
	/* The phased engine calls this in process context. */
	me = get_cpu();
	sc = per_cpu_ptr(&selftest_cpu, me);
	WRITE_ONCE(first_primary_cpu, me);
	/* Those of the switch before ran once it ended, and are over. */
	atomic_set(&first_others, 0);
	for_each_online_cpu(cpu) {
		if (cpu != me)
			send_nmi(cpu);
	}
	for (us = 0; us < USEC_PER_SEC / 10 && !atomic_read(&first_others); us++)
		udelay(1);
	first_early += atomic_read(&first_others);
	send_nmi(me);
	for (us = 0; us < USEC_PER_SEC / 10 && atomic_read(&sc->nmi_pending); us++)
		udelay(1);
	put_cpu();
}

/*
 * A switch and back, each with NMIs that run first_nmi() in state INT3.
 * The phased engine holds no NMI: there, every CPU's NMIs must take the
 * lock at once, in every phase.
 */
static void __init test_nmi_before_gate(bool boot_native)
{
	unsigned int cpu, us;
	int ret;

	ret = register_nmi_handler(NMI_LOCAL, first_nmi, NMI_FLAG_FIRST,
				   "pv_selftest_first");
	if (!ret) {
		paravirt_runtime_set_hook(first_nmi_hook);
		ret = paravirt_runtime_switch(!boot_native) ?:
		      paravirt_runtime_switch(boot_native);
		paravirt_runtime_set_hook(NULL);
		/* The NMIs that the gate held run once the switch is over. */
		for_each_online_cpu(cpu) {
			for (us = 0; us < USEC_PER_SEC / 10 &&
			     atomic_read(&per_cpu(selftest_cpu.nmi_pending, cpu)); us++)
				udelay(1);
		}
		unregister_nmi_handler(NMI_LOCAL, "pv_selftest_first");
	}
	if (phased) {
		report(!ret && atomic_read(&first_primary) ==
		       2 * PARAVIRT_RUNTIME_PHASES && first_early,
		       "nmis_at_sites",
		       "error %d, the switching CPU's NMI took the lock in %d of %d phases, other CPUs' NMIs took it %u times",
		       ret, atomic_read(&first_primary),
		       2 * PARAVIRT_RUNTIME_PHASES, first_early);
		return;
	}
	report(!ret && atomic_read(&first_primary) == 2 && !first_early,
	       "nmi_before_gate",
	       "error %d, the primary's NMI took the lock in %d of 2 switches, other CPUs' NMIs took it %u times before the gate held them",
	       ret, atomic_read(&first_primary), first_early);
}

/*
 * The mixed_pending test: a native locker owns the pending bit of a lock
 * whose owner has just left, and a paravirt locker comes.  Under
 * paravirt_runtime_mixed it must queue and wait until the native locker
 * has taken the lock and released it; else, at the head of the queue, it
 * takes the lock from under the native locker.
 */
static struct qspinlock pending_lock;
static bool pending_taken;

static int pending_thread(void *data)
{
	u8 locked;

	preempt_disable();
	__pv_queued_spin_lock_slowpath(&pending_lock,
				       atomic_read(&pending_lock.val));
	WRITE_ONCE(pending_taken, true);
	locked = cmpxchg_release(&pending_lock.locked, _Q_LOCKED_VAL, 0);
	if (locked != _Q_LOCKED_VAL)
		__pv_queued_spin_unlock_slowpath(&pending_lock, locked);
	preempt_enable();
	return 0;
}

static void __init test_mixed_pending(void)
{
	unsigned int cpu = cpumask_any_but(cpu_online_mask, smp_processor_id());
	bool early = false, late = false;
	struct task_struct *t;
	unsigned int ms;

	if (cpu >= nr_cpu_ids) {
		pr_info("ok %u mixed_pending # SKIP one CPU\n", ++tests);
		return;
	}
	atomic_set(&pending_lock.val, _Q_PENDING_VAL);
	WRITE_ONCE(paravirt_runtime_mixed, true);
	t = kthread_run_on_cpu(pending_thread, NULL, cpu, "pv_pending/%u");
	if (!IS_ERR(t)) {
		msleep(100);
		early = READ_ONCE(pending_taken);
		if (!early) {
			/* The native locker takes the lock, and releases it. */
			WRITE_ONCE(pending_lock.locked_pending, _Q_LOCKED_VAL);
			msleep(20);
			early = READ_ONCE(pending_taken);
			/* As native_queued_spin_unlock() */
			smp_store_release(&pending_lock.locked, 0);
		}
		for (ms = 0; ms < 1000 && !READ_ONCE(pending_taken); ms += 20)
			msleep(20);
		late = READ_ONCE(pending_taken);
	}
	WRITE_ONCE(paravirt_runtime_mixed, false);
	report(!IS_ERR(t) && !early && late, "mixed_pending",
	       "the paravirt locker took the lock %s",
	       IS_ERR(t) ? "never: no thread" :
	       early ? "while the native locker owned the pending bit or the lock" :
	       late ? "once the native locker had released it" : "never");
}

/*
 * With virt_spin_lock_key on, the phased engine must refuse to switch,
 * and change nothing: the test-and-set slowpath cannot meet paravirt
 * waiters.  No lock load runs any more.
 */
static void __init test_tas_refused(bool boot_native)
{
	bool tas = static_key_enabled(&virt_spin_lock_key);
	unsigned long before = switches_counted();
	struct site_check check = {};
	int ret;

	static_branch_enable(&virt_spin_lock_key);
	ret = paravirt_runtime_switch(!boot_native);
	if (!tas)
		static_branch_disable(&virt_spin_lock_key);
	mutex_lock(&text_mutex);
	paravirt_runtime_walk(check_site, &check);
	mutex_unlock(&text_mutex);
	report(ret == -EOPNOTSUPP && paravirt_runtime_native() == boot_native &&
	       switches_counted() == before && !check.bad, "tas_refused",
	       "switch with virt_spin_lock_key on returned %d, still %s, %lu switches counted, %u of %u sites wrong",
	       ret, paravirt_runtime_native() ? "native" : "paravirt",
	       switches_counted() - before, check.bad, check.sites);
}

static int __init pv_selftest_run(void)
{
	struct paravirt_runtime_stats before, after;
	struct site_check check = {};
	bool boot_native = paravirt_runtime_native();
	unsigned int i, nr = round_up(nr_switches, 2), done = 0;
	unsigned long taken[NR_LEVELS] = {};
	unsigned long progress_at;
	struct back_to_back b2b = {};
	struct late_nmis late = {};
	unsigned int cpu, level;
	int ret;

	if (!nr)
		return 0;

	phased = paravirt_runtime_engine() == PARAVIRT_RUNTIME_PHASED;
	pr_info("pv_selftest: engine %s\n",
		paravirt_runtime_engine_name(paravirt_runtime_engine()));
	pr_info("KTAP version 1\n");
	pr_info("1..%u\n", phased ? 12 : 10);

	ret = register_nmi_handler(NMI_LOCAL, selftest_nmi, 0, "pv_selftest");
	if (ret) {
		pr_info("not ok 1 switches # no NMI handler: %d\n", ret);
		WARN(1, "pv_selftest: cannot register its NMI handler\n");
		return 0;
	}
	if (panic_mid_switch)
		atomic_notifier_chain_register(&panic_notifier_list,
					       &selftest_panic_nb);
	ret = start_load();
	paravirt_runtime_get_stats(&before);
	paravirt_runtime_set_hook(selftest_hook);
	progress_at = jiffies + PROGRESS_INTERVAL;
	for (i = 0; i < nr && !ret; i++) {
		ret = paravirt_runtime_switch(i % 2 ? boot_native : !boot_native);
		if (ret)
			break;
		done++;
		WRITE_ONCE(switch_round, switch_round + 1);
		mutex_lock(&text_mutex);
		paravirt_runtime_walk(check_site, &check);
		mutex_unlock(&text_mutex);
		/* NMIs that find CPUs in slowpaths at any level. */
		send_nmis();
		usleep_range(5000, 10000);
		send_nmis();
		if (time_after(jiffies, progress_at)) {
			pr_info("# pv_selftest: %u of %u switches done\n", done, nr);
			progress_at = jiffies + PROGRESS_INTERVAL;
		}
	}
	paravirt_runtime_set_hook(NULL);
	paravirt_runtime_get_stats(&after);
	if (!ret) {
		run_back_to_back(boot_native, &b2b);
		run_late_nmis(boot_native, &late);
	}
	stop_load();
	unregister_nmi_handler(NMI_LOCAL, "pv_selftest");

	for_each_online_cpu(cpu)
		for (level = 0; level < NR_LEVELS; level++)
			taken[level] += per_cpu(selftest_cpu.taken[level], cpu);

	if (ret == -ENODEV) {
		pr_info("ok 1 switches # SKIP no paravirt lock ops to switch to\n");
		pr_info("# pv_selftest: skipped\n");
		return 0;
	}
	report(!ret && done == nr && paravirt_runtime_native() == boot_native,
	       "switches", "%u of %u, error %d, back to %s, %llu us the last",
	       done, nr, ret, boot_native ? "native" : "paravirt",
	       after.last_ns / NSEC_PER_USEC);
	report(check.sites && !check.bad, "sites",
	       "%u checked after %u switches, %u wrong", check.sites, done,
	       check.bad);
	if (phased) {
		report(after.int3_primary > before.int3_primary, "int3_writer",
		       "%u breakpoints emulated for the task that switches, %d of its NMIs late",
		       after.int3_primary - before.int3_primary,
		       atomic_read(&nmi_lost));
		report(after.int3_other > before.int3_other, "int3_others",
		       "%u breakpoints emulated for other tasks and CPUs",
		       after.int3_other - before.int3_other);
		report(after.nmi_held == before.nmi_held && taken[LEVEL_NMI],
		       "no_nmi_held",
		       "%u NMIs held, %lu NMIs took a shared lock",
		       after.nmi_held - before.nmi_held, taken[LEVEL_NMI]);
	} else {
		report(after.int3_primary > before.int3_primary, "int3_primary",
		       "%u breakpoints completed by the primary, %d of its NMIs late",
		       after.int3_primary - before.int3_primary,
		       atomic_read(&nmi_lost));
		report(after.int3_other > before.int3_other, "int3_others",
		       "%u breakpoints waited out by other CPUs",
		       after.int3_other - before.int3_other);
		report(after.nmi_held > before.nmi_held, "nmi_gate",
		       "%u NMIs held until a switch ended",
		       after.nmi_held - before.nmi_held);
	}
	report(taken[LEVEL_TASK] && taken[LEVEL_SOFTIRQ] &&
	       taken[LEVEL_HARDIRQ] && taken[LEVEL_NMI], "load",
	       "shared locks taken: task %lu, softirq %lu, hardirq %lu, nmi %lu",
	       taken[LEVEL_TASK], taken[LEVEL_SOFTIRQ], taken[LEVEL_HARDIRQ],
	       taken[LEVEL_NMI]);
	report(!b2b.ret && b2b.done == BACK_TO_BACK &&
	       paravirt_runtime_native() == boot_native && b2b.delayed,
	       "nmi_gate_back_to_back",
	       "%u of %u switches, error %d, %u NMIs delayed in the gate as a switch ended",
	       b2b.done, BACK_TO_BACK, b2b.ret, b2b.delayed);
	report(!late.ret && late.nmi && !late.held, "nmi_gate_late",
	       "error %d, %u NMIs at the end of a switch, %u counted as held",
	       late.ret, late.nmi, late.held);
	if (phased)
		report(every_op_runs == 2 * PARAVIRT_RUNTIME_PHASES * done &&
		       !every_op_wrong &&
		       after.emulated[PARAVIRT_RUNTIME_EMU_CALL] >
		       before.emulated[PARAVIRT_RUNTIME_EMU_CALL] &&
		       after.emulated[PARAVIRT_RUNTIME_EMU_UNLOCK] >
		       before.emulated[PARAVIRT_RUNTIME_EMU_UNLOCK] &&
		       after.emulated[PARAVIRT_RUNTIME_EMU_NOP] >
		       before.emulated[PARAVIRT_RUNTIME_EMU_NOP],
		       "emulated",
		       "every op's site run %u times in mid-phase, %u left the lock wrong; emulated: call %u, unlock %u, nop %u",
		       every_op_runs, every_op_wrong,
		       after.emulated[PARAVIRT_RUNTIME_EMU_CALL] -
		       before.emulated[PARAVIRT_RUNTIME_EMU_CALL],
		       after.emulated[PARAVIRT_RUNTIME_EMU_UNLOCK] -
		       before.emulated[PARAVIRT_RUNTIME_EMU_UNLOCK],
		       after.emulated[PARAVIRT_RUNTIME_EMU_NOP] -
		       before.emulated[PARAVIRT_RUNTIME_EMU_NOP]);
	else
		test_stop_machine_error(boot_native);
	test_nmi_before_gate(boot_native);
	if (phased) {
		test_tas_refused(boot_native);
		test_mixed_pending();
	}
	pr_info("# pv_selftest: %u passed, %u failed\n", tests - failed, failed);
	WARN(failed, "pv_selftest: %u of %u tests failed\n", failed, tests);
	return 0;
}
late_initcall_sync(pv_selftest_run);
