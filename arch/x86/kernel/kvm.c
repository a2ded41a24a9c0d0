// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * KVM paravirt_ops implementation
 *
 * Copyright (C) 2007, Red Hat, Inc., Ingo Molnar <mingo@redhat.com>
 * Copyright IBM Corporation, 2007
 *   Authors: Anthony Liguori <aliguori@us.ibm.com>
 */

#define pr_fmt(fmt) "kvm-guest: " fmt

#include <linux/context_tracking.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/kernel.h>
#include <linux/kvm_para.h>
#include <linux/cpu.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <linux/hardirq.h>
#include <linux/notifier.h>
#include <linux/reboot.h>
#include <linux/hash.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/kprobes.h>
#include <linux/nmi.h>
#include <linux/swait.h>
#include <linux/syscore_ops.h>
#include <linux/cc_platform.h>
#include <linux/efi.h>
#include <asm/paravirt-runtime.h>
#include <asm/timer.h>
#include <asm/cpu.h>
#include <asm/traps.h>
#include <asm/desc.h>
#include <asm/tlbflush.h>
#include <asm/apic.h>
#include <asm/apicdef.h>
#include <asm/hypervisor.h>
#include <asm/tlb.h>
#include <asm/cpuidle_haltpoll.h>
#include <asm/ptrace.h>
#include <asm/reboot.h>
#include <asm/svm.h>
#include <asm/e820/api.h>

DEFINE_STATIC_KEY_FALSE(kvm_async_pf_enabled);

static int kvmapf = 1;

static int __init parse_no_kvmapf(char *arg)
{
        kvmapf = 0;
        return 0;
}

early_param("no-kvmapf", parse_no_kvmapf);

static int steal_acc = 1;
static int __init parse_no_stealacc(char *arg)
{
        steal_acc = 0;
        return 0;
}

early_param("no-steal-acc", parse_no_stealacc);

static DEFINE_PER_CPU_DECRYPTED(struct kvm_vcpu_pv_apf_data, apf_reason) __aligned(64);
DEFINE_PER_CPU_DECRYPTED(struct kvm_steal_time, steal_time) __aligned(64) __visible;
static int has_steal_clock = 0;

static int has_guest_poll = 0;

#ifdef CONFIG_PARAVIRT_RUNTIME
/* The last hints handled: see kvm_hints_apply(). */
static unsigned int kvm_hints;
static void kvm_hints_resync(void);
static void kvm_hints_stop(void);
static void kvm_hints_watch_seq(struct kvm_steal_time *src, int cpu);
#else
static inline void kvm_hints_resync(void) { }
static inline void kvm_hints_stop(void) { }
static inline void kvm_hints_watch_seq(struct kvm_steal_time *src, int cpu) { }
#endif

/*
 * No need for any "IO delay" on KVM
 */
static void kvm_io_delay(void)
{
}

#define KVM_TASK_SLEEP_HASHBITS 8
#define KVM_TASK_SLEEP_HASHSIZE (1<<KVM_TASK_SLEEP_HASHBITS)

struct kvm_task_sleep_node {
	struct hlist_node link;
	struct swait_queue_head wq;
	u32 token;
	int cpu;
};

static struct kvm_task_sleep_head {
	raw_spinlock_t lock;
	struct hlist_head list;
} async_pf_sleepers[KVM_TASK_SLEEP_HASHSIZE];

static struct kvm_task_sleep_node *_find_apf_task(struct kvm_task_sleep_head *b,
						  u32 token)
{
	struct hlist_node *p;

	hlist_for_each(p, &b->list) {
		struct kvm_task_sleep_node *n =
			hlist_entry(p, typeof(*n), link);
		if (n->token == token)
			return n;
	}

	return NULL;
}

static bool kvm_async_pf_queue_task(u32 token, struct kvm_task_sleep_node *n)
{
	u32 key = hash_32(token, KVM_TASK_SLEEP_HASHBITS);
	struct kvm_task_sleep_head *b = &async_pf_sleepers[key];
	struct kvm_task_sleep_node *e;

	raw_spin_lock(&b->lock);
	e = _find_apf_task(b, token);
	if (e) {
		/* dummy entry exist -> wake up was delivered ahead of PF */
		hlist_del(&e->link);
		raw_spin_unlock(&b->lock);
		kfree(e);
		return false;
	}

	n->token = token;
	n->cpu = smp_processor_id();
	init_swait_queue_head(&n->wq);
	hlist_add_head(&n->link, &b->list);
	raw_spin_unlock(&b->lock);
	return true;
}

/*
 * kvm_async_pf_task_wait_schedule - Wait for pagefault to be handled
 * @token:	Token to identify the sleep node entry
 *
 * Invoked from the async pagefault handling code or from the VM exit page
 * fault handler. In both cases RCU is watching.
 */
void kvm_async_pf_task_wait_schedule(u32 token)
{
	struct kvm_task_sleep_node n;
	DECLARE_SWAITQUEUE(wait);

	lockdep_assert_irqs_disabled();

	if (!kvm_async_pf_queue_task(token, &n))
		return;

	for (;;) {
		prepare_to_swait_exclusive(&n.wq, &wait, TASK_UNINTERRUPTIBLE);
		if (hlist_unhashed(&n.link))
			break;

		local_irq_enable();
		schedule();
		local_irq_disable();
	}
	finish_swait(&n.wq, &wait);
}
EXPORT_SYMBOL_GPL(kvm_async_pf_task_wait_schedule);

static void apf_task_wake_one(struct kvm_task_sleep_node *n)
{
	hlist_del_init(&n->link);
	if (swq_has_sleeper(&n->wq))
		swake_up_one(&n->wq);
}

static void apf_task_wake_all(void)
{
	int i;

	for (i = 0; i < KVM_TASK_SLEEP_HASHSIZE; i++) {
		struct kvm_task_sleep_head *b = &async_pf_sleepers[i];
		struct kvm_task_sleep_node *n;
		struct hlist_node *p, *next;

		raw_spin_lock(&b->lock);
		hlist_for_each_safe(p, next, &b->list) {
			n = hlist_entry(p, typeof(*n), link);
			if (n->cpu == smp_processor_id())
				apf_task_wake_one(n);
		}
		raw_spin_unlock(&b->lock);
	}
}

void kvm_async_pf_task_wake(u32 token)
{
	u32 key = hash_32(token, KVM_TASK_SLEEP_HASHBITS);
	struct kvm_task_sleep_head *b = &async_pf_sleepers[key];
	struct kvm_task_sleep_node *n, *dummy = NULL;

	if (token == ~0) {
		apf_task_wake_all();
		return;
	}

again:
	raw_spin_lock(&b->lock);
	n = _find_apf_task(b, token);
	if (!n) {
		/*
		 * Async #PF not yet handled, add a dummy entry for the token.
		 * Allocating the token must be down outside of the raw lock
		 * as the allocator is preemptible on PREEMPT_RT kernels.
		 */
		if (!dummy) {
			raw_spin_unlock(&b->lock);
			dummy = kzalloc(sizeof(*dummy), GFP_ATOMIC);

			/*
			 * Continue looping on allocation failure, eventually
			 * the async #PF will be handled and allocating a new
			 * node will be unnecessary.
			 */
			if (!dummy)
				cpu_relax();

			/*
			 * Recheck for async #PF completion before enqueueing
			 * the dummy token to avoid duplicate list entries.
			 */
			goto again;
		}
		dummy->token = token;
		dummy->cpu = smp_processor_id();
		init_swait_queue_head(&dummy->wq);
		hlist_add_head(&dummy->link, &b->list);
		dummy = NULL;
	} else {
		apf_task_wake_one(n);
	}
	raw_spin_unlock(&b->lock);

	/* A dummy token might be allocated and ultimately not used.  */
	kfree(dummy);
}
EXPORT_SYMBOL_GPL(kvm_async_pf_task_wake);

noinstr u32 kvm_read_and_reset_apf_flags(void)
{
	u32 flags = 0;

	if (__this_cpu_read(apf_reason.enabled)) {
		flags = __this_cpu_read(apf_reason.flags);
		__this_cpu_write(apf_reason.flags, 0);
	}

	return flags;
}
EXPORT_SYMBOL_GPL(kvm_read_and_reset_apf_flags);

noinstr bool __kvm_handle_async_pf(struct pt_regs *regs, u32 token)
{
	u32 flags = kvm_read_and_reset_apf_flags();
	irqentry_state_t state;

	if (!flags)
		return false;

	state = irqentry_enter(regs);
	instrumentation_begin();

	/*
	 * If the host managed to inject an async #PF into an interrupt
	 * disabled region, then die hard as this is not going to end well
	 * and the host side is seriously broken.
	 */
	if (unlikely(!(regs->flags & X86_EFLAGS_IF)))
		panic("Host injected async #PF in interrupt disabled region\n");

	if (flags & KVM_PV_REASON_PAGE_NOT_PRESENT) {
		if (unlikely(!(user_mode(regs))))
			panic("Host injected async #PF in kernel mode\n");
		/* Page is swapped out by the host. */
		kvm_async_pf_task_wait_schedule(token);
	} else {
		WARN_ONCE(1, "Unexpected async PF flags: %x\n", flags);
	}

	instrumentation_end();
	irqentry_exit(regs, state);
	return true;
}

DEFINE_IDTENTRY_SYSVEC(sysvec_kvm_asyncpf_interrupt)
{
	struct pt_regs *old_regs = set_irq_regs(regs);
	u32 token;

	ack_APIC_irq();

	inc_irq_stat(irq_hv_callback_count);

	if (__this_cpu_read(apf_reason.enabled)) {
		token = __this_cpu_read(apf_reason.token);
		kvm_async_pf_task_wake(token);
		__this_cpu_write(apf_reason.token, 0);
		wrmsrl(MSR_KVM_ASYNC_PF_ACK, 1);
	}

	set_irq_regs(old_regs);
}

static void __init paravirt_ops_setup(void)
{
	pv_info.name = "KVM";

	if (kvm_para_has_feature(KVM_FEATURE_NOP_IO_DELAY))
		pv_ops.cpu.io_delay = kvm_io_delay;

#ifdef CONFIG_X86_IO_APIC
	no_timer_check = 1;
#endif
}

static void kvm_register_steal_time(void)
{
	int cpu = smp_processor_id();
	struct kvm_steal_time *st = &per_cpu(steal_time, cpu);

	if (!has_steal_clock)
		return;

	wrmsrl(MSR_KVM_STEAL_TIME, (slow_virt_to_phys(st) | KVM_MSR_ENABLED));
	pr_debug("stealtime: cpu %d, msr %llx\n", cpu,
		(unsigned long long) slow_virt_to_phys(st));
}

static DEFINE_PER_CPU_DECRYPTED(unsigned long, kvm_apic_eoi) = KVM_PV_EOI_DISABLED;

static notrace void kvm_guest_apic_eoi_write(u32 reg, u32 val)
{
	/**
	 * This relies on __test_and_clear_bit to modify the memory
	 * in a way that is atomic with respect to the local CPU.
	 * The hypervisor only accesses this memory from the local CPU so
	 * there's no need for lock or memory barriers.
	 * An optimization barrier is implied in apic write.
	 */
	if (__test_and_clear_bit(KVM_PV_EOI_BIT, this_cpu_ptr(&kvm_apic_eoi)))
		return;
	apic->native_eoi_write(APIC_EOI, APIC_EOI_ACK);
}

static void kvm_guest_cpu_init(void)
{
	if (kvm_para_has_feature(KVM_FEATURE_ASYNC_PF_INT) && kvmapf) {
		u64 pa = slow_virt_to_phys(this_cpu_ptr(&apf_reason));

		WARN_ON_ONCE(!static_branch_likely(&kvm_async_pf_enabled));

		pa = slow_virt_to_phys(this_cpu_ptr(&apf_reason));
		pa |= KVM_ASYNC_PF_ENABLED | KVM_ASYNC_PF_DELIVERY_AS_INT;

		if (kvm_para_has_feature(KVM_FEATURE_ASYNC_PF_VMEXIT))
			pa |= KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT;

		wrmsrl(MSR_KVM_ASYNC_PF_INT, HYPERVISOR_CALLBACK_VECTOR);

		wrmsrl(MSR_KVM_ASYNC_PF_EN, pa);
		__this_cpu_write(apf_reason.enabled, 1);
		pr_debug("setup async PF for cpu %d\n", smp_processor_id());
	}

	if (kvm_para_has_feature(KVM_FEATURE_PV_EOI)) {
		unsigned long pa;

		/* Size alignment is implied but just to make it explicit. */
		BUILD_BUG_ON(__alignof__(kvm_apic_eoi) < 4);
		__this_cpu_write(kvm_apic_eoi, 0);
		pa = slow_virt_to_phys(this_cpu_ptr(&kvm_apic_eoi))
			| KVM_MSR_ENABLED;
		wrmsrl(MSR_KVM_PV_EOI_EN, pa);
	}

	if (has_steal_clock)
		kvm_register_steal_time();
}

static void kvm_pv_disable_apf(void)
{
	if (!__this_cpu_read(apf_reason.enabled))
		return;

	wrmsrl(MSR_KVM_ASYNC_PF_EN, 0);
	__this_cpu_write(apf_reason.enabled, 0);

	pr_debug("disable async PF for cpu %d\n", smp_processor_id());
}

static void kvm_disable_steal_time(void)
{
	if (!has_steal_clock)
		return;

	wrmsr(MSR_KVM_STEAL_TIME, 0, 0);
}

static u64 kvm_steal_clock(int cpu)
{
	u64 steal;
	struct kvm_steal_time *src;
	int version;

	src = &per_cpu(steal_time, cpu);
	do {
		version = src->version;
		virt_rmb();
		steal = src->steal;
		virt_rmb();
	} while ((version & 1) || (version != src->version));

	/* From the tick, the cheapest place to notice new hints. */
	kvm_hints_watch_seq(src, cpu);
	return steal;
}

static inline void __set_percpu_decrypted(void *ptr, unsigned long size)
{
	early_set_memory_decrypted((unsigned long) ptr, size);
}

/*
 * Iterate through all possible CPUs and map the memory region pointed
 * by apf_reason, steal_time and kvm_apic_eoi as decrypted at once.
 *
 * Note: we iterate through all possible CPUs to ensure that CPUs
 * hotplugged will have their per-cpu variable already mapped as
 * decrypted.
 */
static void __init sev_map_percpu_data(void)
{
	int cpu;

	if (!cc_platform_has(CC_ATTR_GUEST_MEM_ENCRYPT))
		return;

	for_each_possible_cpu(cpu) {
		__set_percpu_decrypted(&per_cpu(apf_reason, cpu), sizeof(apf_reason));
		__set_percpu_decrypted(&per_cpu(steal_time, cpu), sizeof(steal_time));
		__set_percpu_decrypted(&per_cpu(kvm_apic_eoi, cpu), sizeof(kvm_apic_eoi));
	}
}

static void kvm_guest_cpu_offline(bool shutdown)
{
	kvm_disable_steal_time();
	if (kvm_para_has_feature(KVM_FEATURE_PV_EOI))
		wrmsrl(MSR_KVM_PV_EOI_EN, 0);
	if (kvm_para_has_feature(KVM_FEATURE_MIGRATION_CONTROL))
		wrmsrl(MSR_KVM_MIGRATION_CONTROL, 0);
	kvm_pv_disable_apf();
	if (!shutdown)
		apf_task_wake_all();
	kvmclock_disable();
}

static int kvm_cpu_online(unsigned int cpu)
{
	unsigned long flags;

	local_irq_save(flags);
	kvm_guest_cpu_init();
	local_irq_restore(flags);
	/* The hints may have changed while this CPU was offline or suspended. */
	kvm_hints_resync();
	return 0;
}

#ifdef CONFIG_SMP

static DEFINE_PER_CPU(cpumask_var_t, __pv_cpu_mask);

static bool pv_tlb_flush_supported(void)
{
	return (kvm_para_has_feature(KVM_FEATURE_PV_TLB_FLUSH) &&
		!kvm_para_has_hint(KVM_HINTS_REALTIME) &&
		kvm_para_has_feature(KVM_FEATURE_STEAL_TIME) &&
		!boot_cpu_has(X86_FEATURE_MWAIT) &&
		(num_possible_cpus() != 1));
}

static bool pv_ipi_supported(void)
{
	return (kvm_para_has_feature(KVM_FEATURE_PV_SEND_IPI) &&
	       (num_possible_cpus() != 1));
}

static bool pv_sched_yield_supported(void)
{
	return (kvm_para_has_feature(KVM_FEATURE_PV_SCHED_YIELD) &&
		!kvm_para_has_hint(KVM_HINTS_REALTIME) &&
	    kvm_para_has_feature(KVM_FEATURE_STEAL_TIME) &&
	    !boot_cpu_has(X86_FEATURE_MWAIT) &&
	    (num_possible_cpus() != 1));
}

#define KVM_IPI_CLUSTER_SIZE	(2 * BITS_PER_LONG)

static void __send_ipi_mask(const struct cpumask *mask, int vector)
{
	unsigned long flags;
	int cpu, apic_id, icr;
	int min = 0, max = 0;
#ifdef CONFIG_X86_64
	__uint128_t ipi_bitmap = 0;
#else
	u64 ipi_bitmap = 0;
#endif
	long ret;

	if (cpumask_empty(mask))
		return;

	local_irq_save(flags);

	switch (vector) {
	default:
		icr = APIC_DM_FIXED | vector;
		break;
	case NMI_VECTOR:
		icr = APIC_DM_NMI;
		break;
	}

	for_each_cpu(cpu, mask) {
		apic_id = per_cpu(x86_cpu_to_apicid, cpu);
		if (!ipi_bitmap) {
			min = max = apic_id;
		} else if (apic_id < min && max - apic_id < KVM_IPI_CLUSTER_SIZE) {
			ipi_bitmap <<= min - apic_id;
			min = apic_id;
		} else if (apic_id > min && apic_id < min + KVM_IPI_CLUSTER_SIZE) {
			max = apic_id < max ? max : apic_id;
		} else {
			ret = kvm_hypercall4(KVM_HC_SEND_IPI, (unsigned long)ipi_bitmap,
				(unsigned long)(ipi_bitmap >> BITS_PER_LONG), min, icr);
			WARN_ONCE(ret < 0, "kvm-guest: failed to send PV IPI: %ld",
				  ret);
			min = max = apic_id;
			ipi_bitmap = 0;
		}
		__set_bit(apic_id - min, (unsigned long *)&ipi_bitmap);
	}

	if (ipi_bitmap) {
		ret = kvm_hypercall4(KVM_HC_SEND_IPI, (unsigned long)ipi_bitmap,
			(unsigned long)(ipi_bitmap >> BITS_PER_LONG), min, icr);
		WARN_ONCE(ret < 0, "kvm-guest: failed to send PV IPI: %ld",
			  ret);
	}

	local_irq_restore(flags);
}

static void kvm_send_ipi_mask(const struct cpumask *mask, int vector)
{
	__send_ipi_mask(mask, vector);
}

static void kvm_send_ipi_mask_allbutself(const struct cpumask *mask, int vector)
{
	unsigned int this_cpu = smp_processor_id();
	struct cpumask *new_mask = this_cpu_cpumask_var_ptr(__pv_cpu_mask);
	const struct cpumask *local_mask;

	cpumask_copy(new_mask, mask);
	cpumask_clear_cpu(this_cpu, new_mask);
	local_mask = new_mask;
	__send_ipi_mask(local_mask, vector);
}

static int __init setup_efi_kvm_sev_migration(void)
{
	efi_char16_t efi_sev_live_migration_enabled[] = L"SevLiveMigrationEnabled";
	efi_guid_t efi_variable_guid = AMD_SEV_MEM_ENCRYPT_GUID;
	efi_status_t status;
	unsigned long size;
	bool enabled;

	if (!cc_platform_has(CC_ATTR_GUEST_MEM_ENCRYPT) ||
	    !kvm_para_has_feature(KVM_FEATURE_MIGRATION_CONTROL))
		return 0;

	if (!efi_enabled(EFI_BOOT))
		return 0;

	if (!efi_enabled(EFI_RUNTIME_SERVICES)) {
		pr_info("%s : EFI runtime services are not enabled\n", __func__);
		return 0;
	}

	size = sizeof(enabled);

	/* Get variable contents into buffer */
	status = efi.get_variable(efi_sev_live_migration_enabled,
				  &efi_variable_guid, NULL, &size, &enabled);

	if (status == EFI_NOT_FOUND) {
		pr_info("%s : EFI live migration variable not found\n", __func__);
		return 0;
	}

	if (status != EFI_SUCCESS) {
		pr_info("%s : EFI variable retrieval failed\n", __func__);
		return 0;
	}

	if (enabled == 0) {
		pr_info("%s: live migration disabled in EFI\n", __func__);
		return 0;
	}

	pr_info("%s : live migration enabled in EFI\n", __func__);
	wrmsrl(MSR_KVM_MIGRATION_CONTROL, KVM_MIGRATION_READY);

	return 1;
}

late_initcall(setup_efi_kvm_sev_migration);

/*
 * Set the IPI entry points
 */
static void kvm_setup_pv_ipi(void)
{
	apic->send_IPI_mask = kvm_send_ipi_mask;
	apic->send_IPI_mask_allbutself = kvm_send_ipi_mask_allbutself;
	pr_info("setup PV IPIs\n");
}

static void kvm_smp_send_call_func_ipi(const struct cpumask *mask)
{
	int cpu;

	native_send_call_func_ipi(mask);

	/* Make sure other vCPUs get a chance to run if they need to. */
	for_each_cpu(cpu, mask) {
		if (!idle_cpu(cpu) && vcpu_is_preempted(cpu)) {
			kvm_hypercall1(KVM_HC_SCHED_YIELD, per_cpu(x86_cpu_to_apicid, cpu));
			break;
		}
	}
}

static void kvm_flush_tlb_multi(const struct cpumask *cpumask,
			const struct flush_tlb_info *info)
{
	u8 state;
	int cpu;
	struct kvm_steal_time *src;
	struct cpumask *flushmask = this_cpu_cpumask_var_ptr(__pv_cpu_mask);

	cpumask_copy(flushmask, cpumask);
	/*
	 * We have to call flush only on online vCPUs. And
	 * queue flush_on_enter for pre-empted vCPUs
	 */
	for_each_cpu(cpu, flushmask) {
		/*
		 * The local vCPU is never preempted, so we do not explicitly
		 * skip check for local vCPU - it will never be cleared from
		 * flushmask.
		 */
		src = &per_cpu(steal_time, cpu);
		state = READ_ONCE(src->preempted);
		if ((state & KVM_VCPU_PREEMPTED)) {
			if (try_cmpxchg(&src->preempted, &state,
					state | KVM_VCPU_FLUSH_TLB))
				__cpumask_clear_cpu(cpu, flushmask);
		}
	}

	native_flush_tlb_multi(flushmask, info);
}

static __init int kvm_alloc_cpumask(void)
{
	int cpu;

	if (!kvm_para_available() || nopv)
		return 0;

	if (pv_tlb_flush_supported() || pv_ipi_supported())
		for_each_possible_cpu(cpu) {
			zalloc_cpumask_var_node(per_cpu_ptr(&__pv_cpu_mask, cpu),
				GFP_KERNEL, cpu_to_node(cpu));
		}

	return 0;
}
arch_initcall(kvm_alloc_cpumask);

static void __init kvm_smp_prepare_boot_cpu(void)
{
	/*
	 * Map the per-cpu variables as decrypted before kvm_guest_cpu_init()
	 * shares the guest physical address with the hypervisor.
	 */
	sev_map_percpu_data();

	kvm_guest_cpu_init();
	native_smp_prepare_boot_cpu();
	kvm_spinlock_init();
}

static int kvm_cpu_down_prepare(unsigned int cpu)
{
	unsigned long flags;

	local_irq_save(flags);
	kvm_guest_cpu_offline(false);
	local_irq_restore(flags);
	return 0;
}

#endif

static int kvm_suspend(void)
{
	u64 val = 0;

	kvm_guest_cpu_offline(false);

#ifdef CONFIG_ARCH_CPUIDLE_HALTPOLL
	if (kvm_para_has_feature(KVM_FEATURE_POLL_CONTROL))
		rdmsrl(MSR_KVM_POLL_CONTROL, val);
	has_guest_poll = !(val & 1);
#endif
	return 0;
}

static void kvm_resume(void)
{
	kvm_cpu_online(raw_smp_processor_id());

#ifdef CONFIG_ARCH_CPUIDLE_HALTPOLL
	if (kvm_para_has_feature(KVM_FEATURE_POLL_CONTROL) && has_guest_poll)
		wrmsrl(MSR_KVM_POLL_CONTROL, 0);
#endif
}

static struct syscore_ops kvm_syscore_ops = {
	.suspend	= kvm_suspend,
	.resume		= kvm_resume,
};

static void kvm_pv_guest_cpu_reboot(void *unused)
{
	kvm_guest_cpu_offline(true);
}

static int kvm_pv_reboot_notify(struct notifier_block *nb,
				unsigned long code, void *unused)
{
	kvm_hints_stop();
	if (code == SYS_RESTART)
		on_each_cpu(kvm_pv_guest_cpu_reboot, NULL, 1);
	return NOTIFY_DONE;
}

static struct notifier_block kvm_pv_reboot_nb = {
	.notifier_call = kvm_pv_reboot_notify,
};

/*
 * After a PV feature is registered, the host will keep writing to the
 * registered memory location. If the guest happens to shutdown, this memory
 * won't be valid. In cases like kexec, in which you install a new kernel, this
 * means a random memory location will be kept being written.
 */
#ifdef CONFIG_KEXEC_CORE
static void kvm_crash_shutdown(struct pt_regs *regs)
{
	kvm_guest_cpu_offline(true);
	native_machine_crash_shutdown(regs);
}
#endif

#if defined(CONFIG_X86_32) || !defined(CONFIG_SMP)
bool __kvm_vcpu_is_preempted(long cpu);

__visible bool __kvm_vcpu_is_preempted(long cpu)
{
	struct kvm_steal_time *src = &per_cpu(steal_time, cpu);

	return !!(src->preempted & KVM_VCPU_PREEMPTED);
}
PV_CALLEE_SAVE_REGS_THUNK(__kvm_vcpu_is_preempted);

#else

#include <asm/asm-offsets.h>

extern bool __raw_callee_save___kvm_vcpu_is_preempted(long);

/*
 * Hand-optimize version for x86-64 to avoid 8 64-bit register saving and
 * restoring to/from the stack.
 */
asm(
".pushsection .text;"
".global __raw_callee_save___kvm_vcpu_is_preempted;"
".type __raw_callee_save___kvm_vcpu_is_preempted, @function;"
"__raw_callee_save___kvm_vcpu_is_preempted:"
ASM_ENDBR
"movq	__per_cpu_offset(,%rdi,8), %rax;"
"cmpb	$0, " __stringify(KVM_STEAL_TIME_preempted) "+steal_time(%rax);"
"setne	%al;"
ASM_RET
".size __raw_callee_save___kvm_vcpu_is_preempted, .-__raw_callee_save___kvm_vcpu_is_preempted;"
".popsection");

#endif

static void __init kvm_guest_init(void)
{
	int i;

	paravirt_ops_setup();
	register_reboot_notifier(&kvm_pv_reboot_nb);
	for (i = 0; i < KVM_TASK_SLEEP_HASHSIZE; i++)
		raw_spin_lock_init(&async_pf_sleepers[i].lock);

	if (kvm_para_has_feature(KVM_FEATURE_STEAL_TIME)) {
		has_steal_clock = 1;
		static_call_update(pv_steal_clock, kvm_steal_clock);

		pv_ops.lock.vcpu_is_preempted =
			PV_CALLEE_SAVE(__kvm_vcpu_is_preempted);
	}

	if (kvm_para_has_feature(KVM_FEATURE_PV_EOI))
		apic_set_eoi_write(kvm_guest_apic_eoi_write);

	if (kvm_para_has_feature(KVM_FEATURE_ASYNC_PF_INT) && kvmapf) {
		static_branch_enable(&kvm_async_pf_enabled);
		alloc_intr_gate(HYPERVISOR_CALLBACK_VECTOR, asm_sysvec_kvm_asyncpf_interrupt);
	}

#ifdef CONFIG_SMP
	if (pv_tlb_flush_supported()) {
		pv_ops.mmu.flush_tlb_multi = kvm_flush_tlb_multi;
		pv_ops.mmu.tlb_remove_table = tlb_remove_table;
		pr_info("KVM setup pv remote TLB flush\n");
	}

	smp_ops.smp_prepare_boot_cpu = kvm_smp_prepare_boot_cpu;
	if (pv_sched_yield_supported()) {
		smp_ops.send_call_func_ipi = kvm_smp_send_call_func_ipi;
		pr_info("setup PV sched yield\n");
	}
	if (cpuhp_setup_state_nocalls(CPUHP_AP_ONLINE_DYN, "x86/kvm:online",
				      kvm_cpu_online, kvm_cpu_down_prepare) < 0)
		pr_err("failed to install cpu hotplug callbacks\n");
#else
	sev_map_percpu_data();
	kvm_guest_cpu_init();
#endif

#ifdef CONFIG_KEXEC_CORE
	machine_ops.crash_shutdown = kvm_crash_shutdown;
#endif

	register_syscore_ops(&kvm_syscore_ops);

	/*
	 * Hard lockup detection is enabled by default. Disable it, as guests
	 * can get false positives too easily, for example if the host is
	 * overcommitted.
	 */
	hardlockup_detector_disable();
}

static noinline uint32_t __kvm_cpuid_base(void)
{
	if (boot_cpu_data.cpuid_level < 0)
		return 0;	/* So we don't blow up on old processors */

	if (boot_cpu_has(X86_FEATURE_HYPERVISOR))
		return hypervisor_cpuid_base(KVM_SIGNATURE, 0);

	return 0;
}

static inline uint32_t kvm_cpuid_base(void)
{
	static int kvm_cpuid_base = -1;

	if (kvm_cpuid_base == -1)
		kvm_cpuid_base = __kvm_cpuid_base();

	return kvm_cpuid_base;
}

bool kvm_para_available(void)
{
	return kvm_cpuid_base() != 0;
}
EXPORT_SYMBOL_GPL(kvm_para_available);

unsigned int kvm_arch_para_features(void)
{
	return cpuid_eax(kvm_cpuid_base() | KVM_CPUID_FEATURES);
}

unsigned int kvm_arch_para_hints(void)
{
	return cpuid_edx(kvm_cpuid_base() | KVM_CPUID_FEATURES);
}
EXPORT_SYMBOL_GPL(kvm_arch_para_hints);

static uint32_t __init kvm_detect(void)
{
	return kvm_cpuid_base();
}

static void __init kvm_apic_init(void)
{
#ifdef CONFIG_SMP
	if (pv_ipi_supported())
		kvm_setup_pv_ipi();
#endif
}

static bool __init kvm_msi_ext_dest_id(void)
{
	return kvm_para_has_feature(KVM_FEATURE_MSI_EXT_DEST_ID);
}

static void kvm_sev_hc_page_enc_status(unsigned long pfn, int npages, bool enc)
{
	kvm_sev_hypercall3(KVM_HC_MAP_GPA_RANGE, pfn << PAGE_SHIFT, npages,
			   KVM_MAP_GPA_RANGE_ENC_STAT(enc) | KVM_MAP_GPA_RANGE_PAGE_SZ_4K);
}

static void __init kvm_init_platform(void)
{
	if (cc_platform_has(CC_ATTR_GUEST_MEM_ENCRYPT) &&
	    kvm_para_has_feature(KVM_FEATURE_MIGRATION_CONTROL)) {
		unsigned long nr_pages;
		int i;

		pv_ops.mmu.notify_page_enc_status_changed =
			kvm_sev_hc_page_enc_status;

		/*
		 * Reset the host's shared pages list related to kernel
		 * specific page encryption status settings before we load a
		 * new kernel by kexec. Reset the page encryption status
		 * during early boot intead of just before kexec to avoid SMP
		 * races during kvm_pv_guest_cpu_reboot().
		 * NOTE: We cannot reset the complete shared pages list
		 * here as we need to retain the UEFI/OVMF firmware
		 * specific settings.
		 */

		for (i = 0; i < e820_table->nr_entries; i++) {
			struct e820_entry *entry = &e820_table->entries[i];

			if (entry->type != E820_TYPE_RAM)
				continue;

			nr_pages = DIV_ROUND_UP(entry->size, PAGE_SIZE);

			kvm_sev_hypercall3(KVM_HC_MAP_GPA_RANGE, entry->addr,
				       nr_pages,
				       KVM_MAP_GPA_RANGE_ENCRYPTED | KVM_MAP_GPA_RANGE_PAGE_SZ_4K);
		}

		/*
		 * Ensure that _bss_decrypted section is marked as decrypted in the
		 * shared pages list.
		 */
		early_set_mem_enc_dec_hypercall((unsigned long)__start_bss_decrypted,
						__end_bss_decrypted - __start_bss_decrypted, 0);

		/*
		 * If not booted using EFI, enable Live migration support.
		 */
		if (!efi_enabled(EFI_BOOT))
			wrmsrl(MSR_KVM_MIGRATION_CONTROL,
			       KVM_MIGRATION_READY);
	}
	kvmclock_init();
	x86_platform.apic_post_init = kvm_apic_init;
}

#if defined(CONFIG_AMD_MEM_ENCRYPT)
static void kvm_sev_es_hcall_prepare(struct ghcb *ghcb, struct pt_regs *regs)
{
	/* RAX and CPL are already in the GHCB */
	ghcb_set_rbx(ghcb, regs->bx);
	ghcb_set_rcx(ghcb, regs->cx);
	ghcb_set_rdx(ghcb, regs->dx);
	ghcb_set_rsi(ghcb, regs->si);
}

static bool kvm_sev_es_hcall_finish(struct ghcb *ghcb, struct pt_regs *regs)
{
	/* No checking of the return state needed */
	return true;
}
#endif

const __initconst struct hypervisor_x86 x86_hyper_kvm = {
	.name				= "KVM",
	.detect				= kvm_detect,
	.type				= X86_HYPER_KVM,
	.init.guest_late_init		= kvm_guest_init,
	.init.x2apic_available		= kvm_para_available,
	.init.msi_ext_dest_id		= kvm_msi_ext_dest_id,
	.init.init_platform		= kvm_init_platform,
#if defined(CONFIG_AMD_MEM_ENCRYPT)
	.runtime.sev_es_hcall_prepare	= kvm_sev_es_hcall_prepare,
	.runtime.sev_es_hcall_finish	= kvm_sev_es_hcall_finish,
#endif
};

static __init int activate_jump_labels(void)
{
	if (has_steal_clock) {
		static_key_slow_inc(&paravirt_steal_enabled);
		if (steal_acc)
			static_key_slow_inc(&paravirt_steal_rq_enabled);
	}

	return 0;
}
arch_initcall(activate_jump_labels);

#ifdef CONFIG_PARAVIRT_SPINLOCKS

/* Kick a cpu by its apicid. Used to wake up a halted vcpu */
static void kvm_kick_cpu(int cpu)
{
	int apicid;
	unsigned long flags = 0;

	apicid = per_cpu(x86_cpu_to_apicid, cpu);
	kvm_hypercall2(KVM_HC_KICK_CPU, flags, apicid);
}

#include <asm/qspinlock.h>

/*
 * For benchmarks of the runtime switch against the ways to do without
 * it, CONFIG_PARAVIRT_RUNTIME_SELFTEST offers "kvm_pvspin_alt=", which
 * boots the guest with one of them:
 *
 *  hint-wait:	the PV lock ops whatever the hints, whose wait spins
 *		instead of halting while KVM_HINTS_REALTIME is set in the
 *		hints that kvm_hints_apply() last read, which the lock ops
 *		would otherwise follow;
 *  tas:	the native lock ops with virt_spin_lock(), the test-and-set
 *		lock of a guest without PV spinlocks.
 *
 * Either way, the lock ops never switch.
 */
enum kvm_pvspin_alt {
	KVM_PVSPIN_ALT_NONE,
	KVM_PVSPIN_ALT_HINT_WAIT,
	KVM_PVSPIN_ALT_TAS,
};

#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
static const char * const kvm_pvspin_alt_name[] = {
	[KVM_PVSPIN_ALT_NONE]		= "none",
	[KVM_PVSPIN_ALT_HINT_WAIT]	= "hint-wait",
	[KVM_PVSPIN_ALT_TAS]		= "tas",
};

static enum kvm_pvspin_alt kvm_pvspin_alt __ro_after_init;

static int __init parse_kvm_pvspin_alt(char *arg)
{
	int i = arg ? match_string(kvm_pvspin_alt_name,
				   ARRAY_SIZE(kvm_pvspin_alt_name), arg) : -EINVAL;

	if (i < 0) {
		pr_err("kvm_pvspin_alt=%s: not one of none, hint-wait, tas\n",
		       arg ?: "");
		return -EINVAL;
	}
	kvm_pvspin_alt = i;
	if (i != KVM_PVSPIN_ALT_NONE)
		pr_info("kvm_pvspin_alt=%s: the lock ops never switch\n", arg);
	return 0;
}
early_param("kvm_pvspin_alt", parse_kvm_pvspin_alt);

/* Whether kvm_wait() spins: only with kvm_pvspin_alt=hint-wait. */
static bool kvm_wait_spins(void)
{
	return kvm_pvspin_alt == KVM_PVSPIN_ALT_HINT_WAIT &&
	       (READ_ONCE(kvm_hints) & BIT(KVM_HINTS_REALTIME));
}
#else
#define kvm_pvspin_alt KVM_PVSPIN_ALT_NONE
static inline bool kvm_wait_spins(void) { return false; }
#endif

static void kvm_wait(u8 *ptr, u8 val)
{
	if (in_nmi() || kvm_wait_spins())
		return;

	/*
	 * halt until it's our turn and kicked. Note that we do safe halt
	 * for irq enabled case to avoid hang when lock info is overwritten
	 * in irq spinlock slowpath and no spurious interrupt occur to save us.
	 */
	if (irqs_disabled()) {
		if (READ_ONCE(*ptr) == val)
			halt();
	} else {
		local_irq_disable();

		/* safe_halt() will enable IRQ */
		if (READ_ONCE(*ptr) == val)
			safe_halt();
		else
			local_irq_enable();
	}
}

/* Why PV spinlocks are off, or KVM_PVSPIN_ON; the order is that of the checks. */
enum kvm_pvspin {
	KVM_PVSPIN_ON,
	KVM_PVSPIN_REALTIME,
	KVM_PVSPIN_SINGLE_CPU,
	KVM_PVSPIN_NOPVSPIN,
	KVM_PVSPIN_NO_UNHALT,
	KVM_PVSPIN_TAS,
};

static const char * const kvm_pvspin_msg[] = {
	[KVM_PVSPIN_ON]		= "enabled",
	[KVM_PVSPIN_REALTIME]	= "disabled with KVM_HINTS_REALTIME hints",
	[KVM_PVSPIN_SINGLE_CPU]	= "disabled, single CPU",
	[KVM_PVSPIN_NOPVSPIN]	= "disabled, forced by \"nopvspin\" parameter",
	[KVM_PVSPIN_NO_UNHALT]	= "disabled, no host support",
	[KVM_PVSPIN_TAS]	= "disabled, test-and-set forced by \"kvm_pvspin_alt=tas\"",
};

/* Whether the guest with these hints should use PV spinlocks. */
static enum kvm_pvspin kvm_pvspin_check(unsigned int hints)
{
	if (kvm_pvspin_alt == KVM_PVSPIN_ALT_TAS)
		return KVM_PVSPIN_TAS;
	/* kvm_wait() follows the hint instead. */
	if (kvm_pvspin_alt == KVM_PVSPIN_ALT_HINT_WAIT)
		hints &= ~BIT(KVM_HINTS_REALTIME);
	/*
	 * Disable PV spinlocks and use native qspinlock when dedicated pCPUs
	 * are available.
	 */
	if (hints & (1 << KVM_HINTS_REALTIME))
		return KVM_PVSPIN_REALTIME;
	if (num_possible_cpus() == 1)
		return KVM_PVSPIN_SINGLE_CPU;
	if (nopvspin)
		return KVM_PVSPIN_NOPVSPIN;
	if (!kvm_para_has_feature(KVM_FEATURE_PV_UNHALT))
		return KVM_PVSPIN_NO_UNHALT;
	return KVM_PVSPIN_ON;
}

/*
 * In case host doesn't support KVM_FEATURE_PV_UNHALT there is still an
 * advantage of keeping virt_spin_lock_key enabled: virt_spin_lock() is
 * preferred over native qspinlock when vCPU is preempted.  When PV
 * spinlock is enabled which is preferred over virt_spin_lock(),
 * virt_spin_lock_key's value is meaningless.  Just disable it anyway.
 */
static bool kvm_virt_spin_lock_wanted(enum kvm_pvspin why)
{
	return why == KVM_PVSPIN_NO_UNHALT || why == KVM_PVSPIN_TAS;
}

/*
 * Setup pv_lock_ops to exploit KVM_FEATURE_PV_UNHALT if present.
 */
void __init kvm_spinlock_init(void)
{
	enum kvm_pvspin why = kvm_pvspin_check(kvm_arch_para_hints());

	pr_info("PV spinlocks %s\n", kvm_pvspin_msg[why]);
	if (!kvm_virt_spin_lock_wanted(why))
		static_branch_disable(&virt_spin_lock_key);
	if (why != KVM_PVSPIN_ON)
		return;

	__pv_init_lock_hash();
	pv_ops.lock.queued_spin_lock_slowpath = __pv_queued_spin_lock_slowpath;
	pv_ops.lock.queued_spin_unlock =
		PV_CALLEE_SAVE(__pv_queued_spin_unlock);
	pv_ops.lock.wait = kvm_wait;
	pv_ops.lock.kick = kvm_kick_cpu;
}

#ifdef CONFIG_PARAVIRT_RUNTIME
static struct pv_lock_ops kvm_native_lock_ops __ro_after_init;
static struct pv_lock_ops kvm_pv_lock_ops __ro_after_init;

/* Written by kvm_runtime_lock_ops_init(), then by kvm_hints_apply() only. */
static enum kvm_pvspin kvm_pvspin_state;	/* and what they gave */
static unsigned int kvm_hints_handled;
static atomic_t kvm_hints_seen = ATOMIC_INIT(0);
/* ktime when a moved sequence was seen and not yet handled, or 0 */
static u64 kvm_hints_seen_ns;
/* and from the last one handled to the end of its handling */
static u64 kvm_hints_follow_ns;
static bool kvm_hints_ready;

/*
 * Each switch stops every CPU, for longer the more the host oversubscribes
 * the guest: switches are at least KVM_HINTS_INTERVAL_MS apart, and hints
 * that change meanwhile are acted on once, as they are then.  A switch
 * that fails is tried again after a delay that doubles from
 * KVM_HINTS_RETRY_MIN_MS up to KVM_HINTS_RETRY_MAX_MS.  While the records
 * of the online CPUs disagree, which they do until the host has written
 * them all, the hints are read again every KVM_HINTS_SETTLE_MS.
 */
#define KVM_HINTS_INTERVAL_MS	1000
#define KVM_HINTS_RETRY_MIN_MS	100
#define KVM_HINTS_RETRY_MAX_MS	60000
#define KVM_HINTS_SETTLE_MS	10
static unsigned long kvm_hints_next_switch = INITIAL_JIFFIES;
static unsigned int kvm_hints_retry_ms;		/* 0 unless retrying */
static unsigned int kvm_hints_deferred, kvm_hints_retries;

/* The hints that the host can change while the guest runs. */
#define KVM_DYNAMIC_HINTS	BIT(KVM_HINTS_REALTIME)

/*
 * With KVM_FEATURE_STEAL_TIME_HINTS, KVM writes the dynamic hints into
 * each CPU's steal-time record and moves the record's sequence number
 * when they may have changed.  The steal-clock read of the scheduler tick
 * compares the sequence with the last one seen on that CPU.
 */
static DEFINE_STATIC_KEY_FALSE(kvm_hints_watch);
static DEFINE_PER_CPU(u32, kvm_hints_seq_seen);

static void kvm_hints_noticed(struct irq_work *work)
{
	atomic_inc(&kvm_hints_seen);
	cmpxchg(&kvm_hints_seen_ns, 0, ktime_get_ns());
	kvm_hints_resync();
}

static DEFINE_IRQ_WORK(kvm_hints_irq_work, kvm_hints_noticed);

/*
 * Called with a runqueue lock held, on the record of any CPU: it can
 * neither queue work nor wake anyone, so it raises an irq_work.
 */
static void kvm_hints_watch_seq(struct kvm_steal_time *src, int cpu)
{
	u32 seq;

	if (!static_branch_unlikely(&kvm_hints_watch))
		return;
	seq = READ_ONCE(src->hints_seq);
	if (seq == READ_ONCE(per_cpu(kvm_hints_seq_seen, cpu)))
		return;
	WRITE_ONCE(per_cpu(kvm_hints_seq_seen, cpu), seq);
	irq_work_queue(&kvm_hints_irq_work);
}

/* @cpu's record, as KVM last wrote it in full. */
static void kvm_hints_record(int cpu, u32 *hints, u32 *seq)
{
	struct kvm_steal_time *src = &per_cpu(steal_time, cpu);
	u32 version;

	/* As kvm_steal_clock(): the version brackets the fields. */
	do {
		version = READ_ONCE(src->version);
		virt_rmb();	/* version before the fields */
		*hints = READ_ONCE(src->hints);
		*seq = READ_ONCE(src->hints_seq);
		virt_rmb();	/* the fields before the version again */
	} while ((version & 1) || version != READ_ONCE(src->version));
}

/*
 * The hints as they are now: those of CPUID, which never change, with the
 * dynamic ones of the steal-time records.  Only the lock ops follow these;
 * every other user of the hints keeps their boot value.  A record is up to
 * date once its CPU entered the guest after the host's change; until all
 * of the online CPUs' records agree, return -EAGAIN rather than act on a
 * stale one.  A record that KVM never wrote (sequence 0) does not count.
 */
static int kvm_hints_now(unsigned int *hints)
{
	unsigned int dynamic = 0;
	bool found = false;
	int cpu, ret = 0;
	u32 rec, seq;

	*hints = kvm_arch_para_hints();
	if (!static_branch_likely(&kvm_hints_watch))
		return 0;

	cpus_read_lock();
	for_each_online_cpu(cpu) {
		kvm_hints_record(cpu, &rec, &seq);
		if (!seq)
			continue;
		/* Read all: this CPU's tick need not queue the same again. */
		WRITE_ONCE(per_cpu(kvm_hints_seq_seen, cpu), seq);
		if (found && (rec & KVM_DYNAMIC_HINTS) != dynamic)
			ret = -EAGAIN;
		dynamic = rec & KVM_DYNAMIC_HINTS;
		found = true;
	}
	cpus_read_unlock();

	if (found)
		*hints = (*hints & ~KVM_DYNAMIC_HINTS) | dynamic;
	return ret;
}

static void kvm_hints_apply(struct work_struct *work);
static DECLARE_DELAYED_WORK(kvm_hints_work, kvm_hints_apply);

/*
 * Switch the lock ops to the mode that @why asks for, unless the last
 * switch was too recent or the last attempt failed too recently: then
 * come back later.  Return: true if the mode is now the one asked for.
 */
static bool kvm_hints_switch(unsigned int hints, enum kvm_pvspin why)
{
	bool native = why != KVM_PVSPIN_ON;
	unsigned long now = jiffies;
	int ret;

	if (native == paravirt_runtime_native()) {
		kvm_hints_retry_ms = 0;
		return true;
	}
	if (time_before(now, kvm_hints_next_switch)) {
		WRITE_ONCE(kvm_hints_deferred, kvm_hints_deferred + 1);
		mod_delayed_work(system_wq, &kvm_hints_work,
				 kvm_hints_next_switch - now);
		return false;
	}

	ret = paravirt_runtime_switch(native);
	if (ret) {
		kvm_hints_retry_ms = clamp_t(unsigned int,
					     2 * kvm_hints_retry_ms,
					     KVM_HINTS_RETRY_MIN_MS,
					     KVM_HINTS_RETRY_MAX_MS);
		WRITE_ONCE(kvm_hints_retries, kvm_hints_retries + 1);
		pr_err("hints %#x: cannot switch the lock ops (%d), PV spinlocks still %s; trying again in %u ms\n",
		       hints, ret, kvm_pvspin_msg[kvm_pvspin_state],
		       kvm_hints_retry_ms);
		kvm_hints_next_switch = jiffies +
					msecs_to_jiffies(kvm_hints_retry_ms);
		mod_delayed_work(system_wq, &kvm_hints_work,
				 msecs_to_jiffies(kvm_hints_retry_ms));
		return false;
	}
	kvm_hints_retry_ms = 0;
	kvm_hints_next_switch = jiffies + msecs_to_jiffies(KVM_HINTS_INTERVAL_MS);
	return true;
}

/*
 * Make the lock ops, and virt_spin_lock_key, what the current hints ask
 * for.  Hints that changed several times since the last call are acted
 * on once, as they are now.  A switch that is too early, or fails, is
 * tried again later, as kvm_hints_switch() decides.  As a work item,
 * never runs concurrently.
 */
static void kvm_hints_apply(struct work_struct *work)
{
	unsigned int hints;
	enum kvm_pvspin why;
	u64 seen_ns;

	/* Queued by an irq_work that raced with kvm_hints_stop(). */
	if (!READ_ONCE(kvm_hints_ready))
		return;

	/* A sequence that moves later queues this again, and is timed then. */
	seen_ns = xchg(&kvm_hints_seen_ns, 0);
	if (kvm_hints_now(&hints)) {
		mod_delayed_work(system_wq, &kvm_hints_work,
				 msecs_to_jiffies(KVM_HINTS_SETTLE_MS));
		goto later;
	}
	why = kvm_pvspin_check(hints);
	if (!kvm_hints_switch(hints, why))
		goto later;

	if (hints != kvm_hints || why != kvm_pvspin_state)
		pr_info("hints %#x: PV spinlocks %s\n", hints, kvm_pvspin_msg[why]);
	WRITE_ONCE(kvm_hints, hints);
	kvm_pvspin_state = why;
	WRITE_ONCE(kvm_hints_handled, kvm_hints_handled + 1);

	if (kvm_virt_spin_lock_wanted(why))
		static_branch_enable(&virt_spin_lock_key);
	else
		static_branch_disable(&virt_spin_lock_key);
	if (seen_ns)
		WRITE_ONCE(kvm_hints_follow_ns, ktime_get_ns() - seen_ns);
	return;
later:
	/* Timed when handled, unless a later one comes first. */
	if (seen_ns)
		cmpxchg(&kvm_hints_seen_ns, 0, seen_ns);
}

/*
 * Catch up with the hints: after boot, when a CPU comes online or the
 * guest resumes, and each time a record's sequence moved.  A switch
 * already waiting for its time is left waiting: it reads the hints when
 * it runs.
 */
static void kvm_hints_resync(void)
{
	if (READ_ONCE(kvm_hints_ready))
		queue_delayed_work(system_wq, &kvm_hints_work, 0);
}

/*
 * Before a reboot, shutdown or kexec: no switch may start from now on, and
 * one that is under way ends first.
 */
static void kvm_hints_stop(void)
{
	WRITE_ONCE(kvm_hints_ready, false);
	cancel_delayed_work_sync(&kvm_hints_work);
}

static int kvm_hints_show(char *buf, size_t size)
{
	int len = scnprintf(buf, size, "kvm hints: %#x\n", READ_ONCE(kvm_hints));
	u32 rec, seq;

#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
	len += scnprintf(buf + len, size - len, "kvm_pvspin_alt: %s\n",
			 kvm_pvspin_alt_name[kvm_pvspin_alt]);
#endif
	if (has_steal_clock) {
		kvm_hints_record(raw_smp_processor_id(), &rec, &seq);
		len += scnprintf(buf + len, size - len,
				 "kvm hint record: hints %#x, sequence %u\n",
				 rec, seq);
	}
	if (!static_branch_likely(&kvm_hints_watch))
		return len + scnprintf(buf + len, size - len,
				       "kvm hint changes: not offered by the host\n");
	return len + scnprintf(buf + len, size - len,
			       "kvm hint changes: %u seen, %u handled\n"
			       "kvm hint last handled: %llu ns after it was seen\n"
			       "kvm hint switches: at least %u ms apart, %u deferred\n"
			       "kvm hint retries: %u, after %u to %u ms\n",
			       atomic_read(&kvm_hints_seen),
			       READ_ONCE(kvm_hints_handled),
			       READ_ONCE(kvm_hints_follow_ns),
			       KVM_HINTS_INTERVAL_MS,
			       READ_ONCE(kvm_hints_deferred),
			       READ_ONCE(kvm_hints_retries),
			       KVM_HINTS_RETRY_MIN_MS, KVM_HINTS_RETRY_MAX_MS);
}

/*
 * Let the lock ops be switched at runtime (Documentation/x86/
 * paravirt-runtime.rst) between the native ones and the PV ones, whatever
 * the guest booted with, unless it can never use PV spinlocks.  The
 * native set keeps the steal-time vcpu_is_preempted, as a guest that
 * boots with KVM_HINTS_REALTIME does.  With KVM_FEATURE_STEAL_TIME_HINTS,
 * the lock ops then follow KVM_HINTS_REALTIME as the host changes it.
 */
static int __init kvm_runtime_lock_ops_init(void)
{
	/* What kvm_spinlock_init() chose from. */
	unsigned int hints = kvm_arch_para_hints();

	if (!hypervisor_is_type(X86_HYPER_KVM))
		return 0;

	kvm_native_lock_ops = native_pv_lock_ops;
	kvm_native_lock_ops.vcpu_is_preempted = pv_ops.lock.vcpu_is_preempted;
	kvm_pv_lock_ops = kvm_native_lock_ops;
	kvm_pv_lock_ops.queued_spin_lock_slowpath = __pv_queued_spin_lock_slowpath;
	kvm_pv_lock_ops.queued_spin_unlock =
		PV_CALLEE_SAVE(__pv_queued_spin_unlock);
	kvm_pv_lock_ops.wait = kvm_wait;
	kvm_pv_lock_ops.kick = kvm_kick_cpu;

	/*
	 * No hint makes up for one CPU, "nopvspin" or no PV_UNHALT, and a
	 * kvm_pvspin_alt never switches.
	 */
	if (!kvm_pvspin_alt &&
	    kvm_pvspin_check(hints & ~(1 << KVM_HINTS_REALTIME)) == KVM_PVSPIN_ON) {
		__pv_init_lock_hash();
		paravirt_runtime_set_ops(&kvm_native_lock_ops, &kvm_pv_lock_ops);
	} else {
		paravirt_runtime_set_ops(&kvm_native_lock_ops, NULL);
	}

	kvm_hints = hints;
	kvm_pvspin_state = kvm_pvspin_check(hints);
	paravirt_runtime_set_show(kvm_hints_show);

	if (has_steal_clock &&
	    kvm_para_has_feature(KVM_FEATURE_STEAL_TIME_HINTS)) {
		/*
		 * The guest cannot tell a hint that the VMM chose from one it
		 * left as CPUID gave it: a host that can change the hint
		 * decides, and the automatic mode defers to it.
		 */
		paravirt_runtime_auto_defer("the host's KVM_HINTS_REALTIME");
		static_branch_enable(&kvm_hints_watch);
		WRITE_ONCE(kvm_hints_ready, true);
		/* The records may already differ from CPUID. */
		kvm_hints_resync();
	}
	return 0;
}
late_initcall(kvm_runtime_lock_ops_init);
#endif

#endif	/* CONFIG_PARAVIRT_SPINLOCKS */

#ifdef CONFIG_ARCH_CPUIDLE_HALTPOLL

static void kvm_disable_host_haltpoll(void *i)
{
	wrmsrl(MSR_KVM_POLL_CONTROL, 0);
}

static void kvm_enable_host_haltpoll(void *i)
{
	wrmsrl(MSR_KVM_POLL_CONTROL, 1);
}

void arch_haltpoll_enable(unsigned int cpu)
{
	if (!kvm_para_has_feature(KVM_FEATURE_POLL_CONTROL)) {
		pr_err_once("host does not support poll control\n");
		pr_err_once("host upgrade recommended\n");
		return;
	}

	/* Enable guest halt poll disables host halt poll */
	smp_call_function_single(cpu, kvm_disable_host_haltpoll, NULL, 1);
}
EXPORT_SYMBOL_GPL(arch_haltpoll_enable);

void arch_haltpoll_disable(unsigned int cpu)
{
	if (!kvm_para_has_feature(KVM_FEATURE_POLL_CONTROL))
		return;

	/* Disable guest halt poll enables host halt poll */
	smp_call_function_single(cpu, kvm_enable_host_haltpoll, NULL, 1);
}
EXPORT_SYMBOL_GPL(arch_haltpoll_disable);
#endif
