// SPDX-License-Identifier: GPL-2.0-only
/*
 * Paravirt lock ops for switching without a hypervisor.
 *
 * They are the paravirt queued spinlock with a wait that returns at once
 * and a kick that does nothing: waiters spin instead of halting, which
 * the paravirt protocol allows, since pv_wait() may return spuriously.
 * With them, /sys/kernel/debug/x86/pv_lock_ops can switch a kernel that
 * runs on bare metal, or under an emulator, between native and paravirt.
 */
#include <linux/init.h>
#include <linux/printk.h>
#include <asm/hypervisor.h>
#include <asm/paravirt.h>
#include <asm/qspinlock.h>

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

static int __init pv_selftest_init(void)
{
	if (!hypervisor_is_type(X86_HYPER_NATIVE))
		return 0;

	__pv_init_lock_hash();
	paravirt_runtime_set_ops(NULL, &pv_selftest_lock_ops);
	pr_info("pv_selftest: test paravirt lock ops registered\n");
	return 0;
}
late_initcall(pv_selftest_init);
