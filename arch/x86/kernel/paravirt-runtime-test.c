// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the runtime paravirt sites and of the instructions
 * generated for them.
 *
 * The tests run in whatever mode the kernel booted in: native (no
 * hypervisor, or KVM with KVM_HINTS_REALTIME) or paravirt (KVM with PV
 * spinlocks).  The sites must hold what paravirt_runtime_insn() generates
 * for the current pv_ops.lock, and what it generates for the other mode
 * is checked instruction by instruction.  Where paravirt lock ops are
 * offered, one test switches to them and back.
 *
 * Built as a module, the suite also covers the sites of a module: its own,
 * which include a call site of each of the four ops that can be switched.
 */
#include <kunit/test.h>
#include <linux/bsearch.h>
#include <linux/err.h>
#include <linux/ftrace.h>
#include <linux/kprobes.h>
#include <linux/memory.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <asm/insn.h>
#include <asm/nops.h>
#include <asm/paravirt-runtime.h>
#include <asm/paravirt.h>
#include <asm/qspinlock.h>
#include <asm/text-patching.h>
#include <asm/unaligned.h>

#define SITE_MAX	MAX_INSN_SIZE

/*
 * Stand-ins for a hypervisor's lock ops: only their addresses matter, the
 * generated instructions are checked, never run.
 */
static void test_slowpath(struct qspinlock *lock, u32 val)
{
}

static void test_unlock(struct qspinlock *lock)
{
}

static void test_wait(u8 *ptr, u8 val)
{
}

static void test_kick(int cpu)
{
}

static bool test_vcpu_is_preempted(long cpu)
{
	return false;
}

/* A paravirt set of lock ops, for checking sites of a native kernel. */
static const struct pv_lock_ops test_pv_lock_ops = {
	.queued_spin_lock_slowpath	= test_slowpath,
	.queued_spin_unlock		= { .func = test_unlock },
	.wait				= test_wait,
	.kick				= test_kick,
	.vcpu_is_preempted		= { .func = test_vcpu_is_preempted },
};

/*
 * Gives this file a call site of each of the five lock ops.  Run, it takes
 * and releases @lock, which must be free, and kicks the current CPU: a
 * waiter takes any wakeup as possibly spurious, so a kick is harmless.
 */
static noinline bool use_every_op(arch_spinlock_t *lock)
{
	int cpu = raw_smp_processor_id();
	u8 byte = 0;
	bool preempted;

	arch_spin_lock(lock);
	preempted = vcpu_is_preempted(cpu);
	/* Returns at once: byte is not 1. */
	pv_wait(&byte, 1);
	pv_kick(cpu);
	arch_spin_unlock(lock);
	return preempted;
}

typedef void (*site_check_t)(struct kunit *test,
			     const struct paravirt_runtime_site *p);

struct site_walk {
	struct kunit *test;
	site_check_t fn;
	unsigned int sites, module_sites;
	unsigned int module_types[PARAVIRT_PATCH(lock.kick) -
				  PARAVIRT_PATCH(lock) + 1];
};

static int check_one(const struct paravirt_runtime_site *p, void *data)
{
	struct site_walk *walk = data;
	unsigned long addr = (unsigned long)paravirt_runtime_site_addr(p);

	walk->fn(walk->test, p);
	walk->sites++;
	if (IS_MODULE(CONFIG_PARAVIRT_RUNTIME_KUNIT_TEST) &&
	    within_module(addr, THIS_MODULE)) {
		walk->module_sites++;
		walk->module_types[p->type - PARAVIRT_PATCH(lock)]++;
	}
	return 0;
}

/* Call @fn for every live runtime site; return the counts in @walk. */
static void check_each_site(struct kunit *test, site_check_t fn,
			    struct site_walk *walk)
{
	*walk = (struct site_walk) { .test = test, .fn = fn };

	mutex_lock(&text_mutex);
	paravirt_runtime_walk(check_one, walk);
	mutex_unlock(&text_mutex);
}

/*
 * Generate the text of site @p for @ops into @buf; return 1 if the site
 * holds other text, 0 if not, or a negative error.  The site checks run
 * with text_mutex held, so they must not end the test with an assertion.
 */
static int site_text(struct kunit *test, const struct paravirt_runtime_site *p,
		     const struct pv_lock_ops *ops, u8 *buf)
{
	int ret = paravirt_runtime_site_text(p, ops, buf);

	KUNIT_EXPECT_GE_MSG(test, ret, 0, "site %pS (type %u, length %u)",
			    paravirt_runtime_site_addr(p), p->type, p->len);
	return ret;
}

static void check_current(struct kunit *test, const struct paravirt_runtime_site *p)
{
	u8 *addr = paravirt_runtime_site_addr(p);
	u8 buf[SITE_MAX];

	if (site_text(test, p, &pv_ops.lock, buf) > 0)
		KUNIT_FAIL(test, "site %pS (type %u): text %*ph, generated %*ph",
			   addr, p->type, p->len, addr, p->len, buf);
}

/* Every site holds exactly what the generator gives for the current ops. */
static void pvrt_sites_match_boot_text(struct kunit *test)
{
	struct site_walk walk;

	check_each_site(test, check_current, &walk);
	kunit_info(test, "%u sites, %u in this module, booted %s",
		   walk.sites, walk.module_sites,
		   paravirt_runtime_native() ? "native" : "paravirt");
	KUNIT_EXPECT_GT(test, walk.sites, 0U);
}

static void no_check(struct kunit *test, const struct paravirt_runtime_site *p)
{
}

/*
 * A module's sites are registered, with a site of each op, and run: the
 * text written at load is executable, whatever the mode.
 */
static void pvrt_module_sites(struct kunit *test)
{
	arch_spinlock_t lock = __ARCH_SPIN_LOCK_UNLOCKED;
	struct site_walk walk;
	unsigned int i;

	if (!IS_MODULE(CONFIG_PARAVIRT_RUNTIME_KUNIT_TEST))
		kunit_skip(test, "built in: no module sites to test");

	check_each_site(test, no_check, &walk);
	for (i = 0; i < ARRAY_SIZE(walk.module_types); i++)
		KUNIT_EXPECT_GT_MSG(test, walk.module_types[i], 0U,
				    "no site of lock op %u in this module", i);

	preempt_disable();
	use_every_op(&lock);
	preempt_enable();
	KUNIT_EXPECT_FALSE(test, arch_spin_is_locked(&lock));
}

struct reserved_check {
	struct kunit *test;
	unsigned int reserved;
};

static int check_reserved(const struct paravirt_runtime_site *p, void *data)
{
	struct reserved_check *check = data;
	u8 *addr = paravirt_runtime_site_addr(p);
	u8 *last = addr + p->len - 1;

	if (paravirt_runtime_text_reserved(addr, addr) &&
	    paravirt_runtime_text_reserved(last, last))
		check->reserved++;
	else
		KUNIT_FAIL(check->test, "site %pS is not reserved", addr);
	return 0;
}

/* kprobes keep off every byte of every site, and only off sites. */
static void pvrt_sites_reserved(struct kunit *test)
{
	struct reserved_check check = { .test = test };
	u8 data[8];

	mutex_lock(&text_mutex);
	paravirt_runtime_walk(check_reserved, &check);
	KUNIT_EXPECT_FALSE(test, paravirt_runtime_text_reserved(data,
								data + 7));
	mutex_unlock(&text_mutex);
	KUNIT_EXPECT_GT(test, check.reserved, 0U);
}

/* @buf holds @len - @used bytes of NOPs from @used on, as add_nops() writes. */
static void expect_nops(struct kunit *test, const u8 *buf, unsigned int used,
			unsigned int len, const u8 *addr)
{
	unsigned int n = len - used;

	while (n) {
		unsigned int k = min_t(unsigned int, n, ASM_NOP_MAX);

		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(buf + used, x86_nops[k], k),
				      "site %pS: no NOP at %u in %*ph",
				      addr, used, len, buf);
		used += k;
		n -= k;
	}
}

static void expect_insn(struct kunit *test, const struct paravirt_runtime_site *p,
			const struct pv_lock_ops *ops)
{
	void *target = paravirt_runtime_target(ops, p->type);
	u8 *addr = paravirt_runtime_site_addr(p);
	u8 buf[SITE_MAX];

	if (site_text(test, p, ops, buf) < 0)
		return;

	if (ops == &native_pv_lock_ops &&
	    p->type == PARAVIRT_PATCH(lock.queued_spin_unlock)) {
		/* movb $0, (%rdi) */
		KUNIT_EXPECT_TRUE(test, !memcmp(buf, "\xc6\x07\x00", 3));
		expect_nops(test, buf, 3, p->len, addr);
	} else if (ops == &native_pv_lock_ops &&
		   (p->type == PARAVIRT_PATCH(lock.wait) ||
		    p->type == PARAVIRT_PATCH(lock.kick))) {
		/* paravirt_nop: nothing to call */
		expect_nops(test, buf, 0, p->len, addr);
	} else {
		/* call rel32 */
		s32 rel = get_unaligned((s32 *)(buf + 1));

		KUNIT_EXPECT_EQ(test, buf[0], CALL_INSN_OPCODE);
		KUNIT_EXPECT_PTR_EQ_MSG(test, (void *)(addr + CALL_INSN_SIZE +
						       rel),
					target, "site %pS calls %*ph",
					addr, p->len, buf);
		expect_nops(test, buf, CALL_INSN_SIZE, p->len, addr);
	}
}

static void expect_native(struct kunit *test, const struct paravirt_runtime_site *p)
{
	expect_insn(test, p, &native_pv_lock_ops);
}

static void expect_paravirt(struct kunit *test, const struct paravirt_runtime_site *p)
{
	expect_insn(test, p, &test_pv_lock_ops);
}

/* The generator gives the right instruction for the mode not in use. */
static void pvrt_other_mode_insns(struct kunit *test)
{
	struct site_walk walk;

	check_each_site(test, paravirt_runtime_native() ? expect_paravirt :
							  expect_native, &walk);
	KUNIT_EXPECT_GT(test, walk.sites, 0U);
}

/* Ops that cannot be switched, and impossible sites, are refused. */
static void pvrt_refuses_bad_input(struct kunit *test)
{
	u8 first = PARAVIRT_PATCH(lock.queued_spin_lock_slowpath);
	u8 last = PARAVIRT_PATCH(lock.kick);
	void *target = test_slowpath;
	u8 buf[SITE_MAX] = {}, zero[SITE_MAX] = {};
	u8 *addr = (u8 *)pvrt_refuses_bad_input;

	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(first - 1, target, addr, 6, buf));
	/* last + 1 is vcpu_is_preempted, which is never switched. */
	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(last + 1, target, addr, 6, buf));
	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(0, target, addr, 6, buf));
	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(first, NULL, addr, 6, buf));
	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(first, target, addr,
					      CALL_INSN_SIZE - 1, buf));
	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(first, target, addr,
					      SITE_MAX + 1, buf));
	/* A refusal writes nothing. */
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, zero, sizeof(buf)));
}

struct stage_check {
	struct kunit *test;
	const struct pv_lock_ops *ops;
	const struct paravirt_runtime_patch *patch;
	unsigned int changed;
};

/* A site is in the patch, with the generator's text, iff its text changes. */
static int check_staged(const struct paravirt_runtime_site *p, void *data)
{
	struct stage_check *check = data;
	struct kunit *test = check->test;
	struct paravirt_runtime_patch_site key = {
		.addr = paravirt_runtime_site_addr(p),
	};
	const struct paravirt_runtime_patch_site *site;
	u8 buf[SITE_MAX];
	int changes = site_text(test, p, check->ops, buf);

	if (changes < 0)
		return 0;
	site = bsearch(&key, check->patch->sites, check->patch->nr_sites,
		       sizeof(*site), paravirt_runtime_cmp_site);
	if (!changes) {
		KUNIT_EXPECT_NULL_MSG(test, site, "site %pS does not change",
				      key.addr);
		return 0;
	}

	check->changed++;
	KUNIT_EXPECT_NOT_NULL_MSG(test, site, "site %pS is not staged",
				  key.addr);
	if (site) {
		KUNIT_EXPECT_EQ(test, site->len, p->len);
		KUNIT_EXPECT_EQ(test, site->type, p->type);
		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(site->insn, buf, p->len),
				      "site %pS: staged %*ph, generated %*ph",
				      key.addr, p->len, site->insn, p->len,
				      buf);
		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(site->old, key.addr, p->len),
				      "site %pS: staged old text %*ph, holds %*ph",
				      key.addr, p->len, site->old, p->len,
				      key.addr);
	}
	return 0;
}

/* Staging the ops in use changes nothing. */
static void pvrt_stage_current(struct kunit *test)
{
	struct paravirt_runtime_patch *patch;

	mutex_lock(&text_mutex);
	patch = paravirt_runtime_stage(&pv_ops.lock);
	if (!IS_ERR(patch)) {
		KUNIT_EXPECT_EQ(test, patch->nr_sites, 0U);
		KUNIT_EXPECT_TRUE(test, !memcmp(&patch->ops, &pv_ops.lock,
						sizeof(patch->ops)));
		paravirt_runtime_unstage(patch);
	}
	mutex_unlock(&text_mutex);
	KUNIT_EXPECT_FALSE(test, IS_ERR(patch));
}

/* The set of the mode not in use, with the vcpu_is_preempted in use. */
static struct pv_lock_ops other_mode_ops(void)
{
	struct pv_lock_ops ops = paravirt_runtime_native() ? test_pv_lock_ops :
							     native_pv_lock_ops;

	ops.vcpu_is_preempted = pv_ops.lock.vcpu_is_preempted;
	return ops;
}

/*
 * Staging the other mode holds exactly the sites that change, sorted and
 * apart, with the generator's text, and writes nothing.  Every set keeps
 * the vcpu_is_preempted in use.
 */
static void pvrt_stage_other_mode(struct kunit *test)
{
	struct pv_lock_ops other = other_mode_ops();
	const struct pv_lock_ops *ops = &other;
	struct stage_check check = { .test = test, .ops = ops };
	struct paravirt_runtime_patch *patch;
	struct site_walk walk;
	unsigned int i;

	mutex_lock(&text_mutex);
	patch = paravirt_runtime_stage(ops);
	if (!IS_ERR(patch)) {
		check.patch = patch;
		paravirt_runtime_walk(check_staged, &check);
		kunit_info(test, "%u of the sites change", patch->nr_sites);
		KUNIT_EXPECT_EQ(test, patch->nr_sites, check.changed);
		KUNIT_EXPECT_TRUE(test, !memcmp(&patch->ops, ops, sizeof(*ops)));
		for (i = 1; i < patch->nr_sites; i++) {
			const struct paravirt_runtime_patch_site *prev =
				&patch->sites[i - 1];

			KUNIT_EXPECT_TRUE_MSG(test, prev->addr + prev->len <=
						    patch->sites[i].addr,
					      "staged sites %pS and %pS out of order",
					      prev->addr, patch->sites[i].addr);
		}
		paravirt_runtime_unstage(patch);
	}
	mutex_unlock(&text_mutex);
	KUNIT_ASSERT_FALSE(test, IS_ERR(patch));
	KUNIT_EXPECT_GT(test, check.changed, 0U);

	check_each_site(test, check_current, &walk);
}

/* A set that lacks any of the five ops is refused. */
static void pvrt_stage_refuses_incomplete(struct kunit *test)
{
	struct paravirt_runtime_patch *patch;
	struct pv_lock_ops ops;
	unsigned int i;

	for (i = 0; i < sizeof(ops) / sizeof(void *); i++) {
		ops = test_pv_lock_ops;
		((void **)&ops)[i] = NULL;
		mutex_lock(&text_mutex);
		patch = paravirt_runtime_stage(&ops);
		if (!IS_ERR(patch))
			paravirt_runtime_unstage(patch);
		mutex_unlock(&text_mutex);
		KUNIT_EXPECT_EQ_MSG(test, PTR_ERR_OR_ZERO(patch), -EINVAL,
				    "lock op %u missing", i);
	}
}

/*
 * A hypervisor that installs its own lock ops at boot and offers no sets
 * to switch between (Xen, Hyper-V) must see every switch refused, and
 * nothing written.  Play one: leave the native ops, as such a hypervisor
 * does at boot, and take back the sets offered so far.
 */
static void pvrt_switch_refused_without_sets(struct kunit *test)
{
	struct paravirt_runtime_stats before, after;
	const struct pv_lock_ops *native, *paravirt;
	bool was_native = paravirt_runtime_native();
	struct site_walk walk;
	int to_native, to_paravirt;

	paravirt_runtime_get_ops(&native, &paravirt);
	if (!paravirt)
		kunit_skip(test, "no paravirt lock ops offered");
	KUNIT_ASSERT_EQ(test, paravirt_runtime_switch(false), 0);

	paravirt_runtime_set_ops(NULL, NULL);
	paravirt_runtime_get_stats(&before);
	to_native = paravirt_runtime_switch(true);
	to_paravirt = paravirt_runtime_switch(false);
	paravirt_runtime_get_stats(&after);
	paravirt_runtime_set_ops(native, paravirt);

	KUNIT_EXPECT_EQ_MSG(test, to_native, -ENODEV,
			    "switch to native with no sets offered");
	KUNIT_EXPECT_EQ_MSG(test, to_paravirt, 0,
			    "switch to the mode in use");
	KUNIT_EXPECT_FALSE(test, paravirt_runtime_native());
	KUNIT_EXPECT_EQ(test, after.switches, before.switches);
	check_each_site(test, check_current, &walk);
	KUNIT_EXPECT_GT(test, walk.sites, 0U);

	KUNIT_EXPECT_EQ(test, paravirt_runtime_switch(was_native), 0);
}

/*
 * vcpu_is_preempted runs with preemption enabled, so a task may be
 * preempted in the middle of its site or its callee: a set that would
 * change it is refused, and nothing is staged.
 */
static void pvrt_stage_refuses_vcpu_is_preempted(struct kunit *test)
{
	struct paravirt_runtime_patch *patch;
	struct pv_lock_ops ops = pv_ops.lock;

	ops.vcpu_is_preempted.func =
		ops.vcpu_is_preempted.func == test_vcpu_is_preempted ?
		native_pv_lock_ops.vcpu_is_preempted.func :
		test_vcpu_is_preempted;
	mutex_lock(&text_mutex);
	patch = paravirt_runtime_stage(&ops);
	if (!IS_ERR(patch))
		paravirt_runtime_unstage(patch);
	mutex_unlock(&text_mutex);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(patch), -EINVAL);
}

static int count_vcpu_is_preempted(const struct paravirt_runtime_site *p,
				   void *data)
{
	*(unsigned int *)data += p->type == PARAVIRT_PATCH(lock.vcpu_is_preempted);
	return 0;
}

/*
 * No site of vcpu_is_preempted, which runs with preemption enabled, is
 * kept where a switch could rewrite it: not in vmlinux, not in this
 * module, which calls it.
 */
static void pvrt_vcpu_is_preempted_not_runtime(struct kunit *test)
{
	unsigned int sites = 0;

	mutex_lock(&text_mutex);
	paravirt_runtime_walk(count_vcpu_is_preempted, &sites);
	mutex_unlock(&text_mutex);
	KUNIT_EXPECT_EQ_MSG(test, sites, 0U,
			    "runtime sites of vcpu_is_preempted");
}

/*
 * Each staged site is mapped for the patcher through the page that holds
 * it, whether in vmlinux or in a module, and only through that.
 */
static void pvrt_stage_maps_site_pages(struct kunit *test)
{
	struct pv_lock_ops ops = other_mode_ops();
	struct paravirt_runtime_patch *patch;
	unsigned int i, nr_sites, wrong = 0;

	mutex_lock(&text_mutex);
	patch = paravirt_runtime_stage(&ops);
	if (IS_ERR(patch)) {
		mutex_unlock(&text_mutex);
		KUNIT_FAIL(test, "staging failed with %ld", PTR_ERR(patch));
		return;
	}

	for (i = 0; i < patch->nr_sites; i++) {
		const struct paravirt_runtime_patch_site *site = &patch->sites[i];
		u8 *last = site->addr + site->len - 1;
		unsigned long pfn0 = PHYS_PFN(slow_virt_to_phys(site->addr));
		unsigned long pfn1 = PHYS_PFN(slow_virt_to_phys(last));
		bool two = offset_in_page(site->addr) > offset_in_page(last);

		if (pte_pfn(site->map[0]) == pfn0 &&
		    (two ? pte_pfn(site->map[1]) == pfn1 :
			   !pte_val(site->map[1])))
			continue;
		if (!wrong++)
			KUNIT_FAIL(test, "site %pS: mapped to pfn %#lx, %#lx, not %#lx%s",
				   site->addr, pte_pfn(site->map[0]),
				   pte_pfn(site->map[1]), pfn0,
				   two ? " and the next" : "");
	}
	nr_sites = patch->nr_sites;
	paravirt_runtime_unstage(patch);
	mutex_unlock(&text_mutex);

	kunit_info(test, "%u staged sites, %u mapped wrong", nr_sites, wrong);
	KUNIT_EXPECT_GT(test, nr_sites, 0U);
}

/*
 * The functions that a CPU runs in the middle of a switch, by name: none
 * may be traced.  A probe on a secondary's wait loop could take a lock
 * there, such as a BPF map's bucket lock, which an NMI on the primary
 * then waits for while the gate holds that secondary.
 */
static const char * const switch_functions[] = {
	"pv_switch_cpu", "pv_switch_wait", "pv_switch_sync",
	"pv_switch_write_all", "pv_switch_write_site",
	"paravirt_runtime_nmi_gate", "pv_switch_abandoned",
	"pv_switch_stop_for_panic", "pv_switch_alone", "pv_switch_emulate",
	"paravirt_runtime_int3",
};

/* Return 0 if @name takes a kprobe, -ENOENT if it has no symbol. */
static int try_kprobe(const char *name)
{
	struct kprobe kp = { .symbol_name = name };
	int ret = register_kprobe(&kp);

	if (!ret)
		unregister_kprobe(&kp);
	return ret;
}

#ifdef CONFIG_DYNAMIC_FTRACE
/*
 * Return 0 if @name can be traced through its fentry call.  The filter
 * of an ops can be freed only once: each try takes a new one.
 */
static int try_ftrace(const char *name)
{
	unsigned char buf[KSYM_NAME_LEN];
	struct ftrace_ops *ops;
	int ret;

	ops = kzalloc(sizeof(*ops), GFP_KERNEL);
	if (!ops)
		return -ENOMEM;
	strscpy(buf, name, sizeof(buf));
	ret = ftrace_set_filter(ops, buf, strlen(buf), 0);
	ftrace_free_filter(ops);
	kfree(ops);
	return ret;
}
#else
static int try_ftrace(const char *name)
{
	return -ENODEV;
}
#endif

/*
 * No kprobe, and no fentry tracer, can attach to a function of the
 * switch.  Those whose address is taken, the stop_machine() callback and
 * the NMI gate, cannot have been inlined and must exist; others may have
 * been inlined into them.
 */
static void pvrt_switch_not_traceable(struct kunit *test)
{
	unsigned int i, found = 0;

	if (!IS_ENABLED(CONFIG_KPROBES))
		kunit_skip(test, "no kprobes");

	for (i = 0; i < ARRAY_SIZE(switch_functions); i++) {
		const char *name = switch_functions[i];
		int kprobe = try_kprobe(name);

		if (kprobe == -ENOENT)
			continue;
		found++;
		KUNIT_EXPECT_NE_MSG(test, kprobe, 0, "%s takes a kprobe", name);
		KUNIT_EXPECT_NE_MSG(test, try_ftrace(name), 0,
				    "%s can be traced", name);
	}
	KUNIT_EXPECT_NE(test, try_kprobe("pv_switch_cpu"), -ENOENT);
	KUNIT_EXPECT_NE(test, try_kprobe("paravirt_runtime_nmi_gate"), -ENOENT);
	kunit_info(test, "%u of %zu functions of the switch exist, %s",
		   found, ARRAY_SIZE(switch_functions),
		   IS_ENABLED(CONFIG_DYNAMIC_FTRACE) ?
		   "kprobes and fentry checked" : "kprobes checked");
}

/*
 * Only the three kinds of text that a breakpoint can execute pass: a CALL,
 * the native unlock or nothing, padded with add_nops()'s NOPs.
 */
static void pvrt_emulatable_text(struct kunit *test)
{
	static const struct {
		const char *text;
		unsigned int len;
		bool ok;
	} cases[] = {
		{ "\xe8\x01\x02\x03\x04\x90", 6, true },
		{ "\xe8\x01\x02\x03\x04", 5, true },
		{ "\xc6\x07\x00\x0f\x1f\x00", 6, true },
		{ "\x66\x0f\x1f\x44\x00\x00", 6, true },
		{ "\x90", 1, true },
		/* The indirect call of an unpatched site */
		{ "\xff\x15\x01\x02\x03\x04", 6, false },
		/* movb $0, (%rsi), movb $1, (%rdi) */
		{ "\xc6\x06\x00\x0f\x1f\x00", 6, false },
		{ "\xc6\x07\x01\x0f\x1f\x00", 6, false },
		/* A CALL padded with something else than NOPs */
		{ "\xe8\x01\x02\x03\x04\xcc", 6, false },
		/* NOPs of other lengths than add_nops() writes */
		{ "\x90\x90\x90\x90\x90\x90", 6, false },
		/* A CALL that does not fit */
		{ "\xe8\x01\x02\x03", 4, false },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++)
		KUNIT_EXPECT_EQ_MSG(test, paravirt_runtime_emulatable((const u8 *)cases[i].text,
								      cases[i].len),
				    cases[i].ok, "%*ph", cases[i].len, cases[i].text);
}

/*
 * A breakpoint at a site executes each kind of text with its semantics: a
 * CALL pushes the end of the site and goes to its target, the native
 * unlock clears the byte at %rdi, NOPs go to the end of the site; other
 * text leaves the registers alone.
 */
static void pvrt_emulate_text(struct kunit *test)
{
	static const u8 site[6] __aligned(8);
	unsigned long end = (unsigned long)site + sizeof(site);
	unsigned long stack[4] = {};
	struct pt_regs regs = {}, before;
	u8 text[6], lock = 1;

	regs.ip = (unsigned long)site + INT3_INSN_SIZE;
	regs.sp = (unsigned long)&stack[2];
	regs.di = (unsigned long)&lock;
	before = regs;

	/* call test_wait; nop */
	__text_gen_insn(text, CALL_INSN_OPCODE, site, test_wait, CALL_INSN_SIZE);
	text[5] = 0x90;
	KUNIT_EXPECT_TRUE(test, paravirt_runtime_emulate(&regs, site, 6, text));
	KUNIT_EXPECT_EQ(test, regs.ip, (unsigned long)test_wait);
	KUNIT_EXPECT_EQ(test, regs.sp, (unsigned long)&stack[1]);
	KUNIT_EXPECT_EQ(test, stack[1], end);
	KUNIT_EXPECT_EQ(test, lock, 1);

	regs = before;
	memcpy(text, "\xc6\x07\x00\x0f\x1f\x00", 6);
	KUNIT_EXPECT_TRUE(test, paravirt_runtime_emulate(&regs, site, 6, text));
	KUNIT_EXPECT_EQ(test, regs.ip, end);
	KUNIT_EXPECT_EQ(test, regs.sp, before.sp);
	KUNIT_EXPECT_EQ(test, lock, 0);

	regs = before;
	lock = 1;
	memcpy(text, "\x66\x0f\x1f\x44\x00\x00", 6);
	KUNIT_EXPECT_TRUE(test, paravirt_runtime_emulate(&regs, site, 6, text));
	KUNIT_EXPECT_EQ(test, regs.ip, end);
	KUNIT_EXPECT_EQ(test, regs.sp, before.sp);
	KUNIT_EXPECT_EQ(test, lock, 1);

	regs = before;
	memcpy(text, "\xff\x15\x01\x02\x03\x04", 6);
	KUNIT_EXPECT_FALSE(test, paravirt_runtime_emulate(&regs, site, 6, text));
	KUNIT_EXPECT_TRUE(test, !memcmp(&regs, &before, sizeof(regs)));
	KUNIT_EXPECT_EQ(test, lock, 1);
}

/*
 * The automatic mode's decisions, on made-up steal clocks of AUTO_CPUS
 * CPUs sampled every PARAVIRT_RUNTIME_AUTO_PERIOD_MS, with the default
 * thresholds and windows.
 */
#define AUTO_CPUS	4
#define AUTO_PERIOD_NS	((u64)PARAVIRT_RUNTIME_AUTO_PERIOD_MS * NSEC_PER_MSEC)
#define AUTO_SWITCHES	8
#define AUTO_BUSY	(paravirt_runtime_auto_defaults.busy_permille)

struct auto_bed {
	struct paravirt_runtime_auto a;
	struct paravirt_runtime_auto_cpu last[AUTO_CPUS];
	struct paravirt_runtime_auto_cpu now[AUTO_CPUS];
	u64 t;				/* the time of the last sample */
	bool native;
	unsigned int switches;
	u64 switched[AUTO_SWITCHES];	/* when each switch was asked for */
};

static struct auto_bed *auto_bed(struct kunit *test, bool native)
{
	struct auto_bed *b = kunit_kzalloc(test, sizeof(*b), GFP_KERNEL);
	unsigned int cpu;

	KUNIT_ASSERT_NOT_NULL(test, b);
	b->a.p = &paravirt_runtime_auto_defaults;
	b->a.cpus = b->last;
	b->a.nr_cpus = AUTO_CPUS;
	b->native = native;
	b->t = 1000 * NSEC_PER_SEC;
	for (cpu = 0; cpu < AUTO_CPUS; cpu++) {
		b->now[cpu].online = true;
		b->now[cpu].steal = 5 * NSEC_PER_SEC * cpu;
	}
	return b;
}

/*
 * One sample of @ms in which each online CPU gets @permille[cpu] of steal
 * (one value for all if @permille has one), switching as asked.
 */
static void auto_sample(struct kunit *test, struct auto_bed *b,
			unsigned int ms, const unsigned int *permille,
			unsigned int n)
{
	u64 ns = (u64)ms * NSEC_PER_MSEC;
	unsigned int cpu;

	b->t += ns;
	for (cpu = 0; cpu < AUTO_CPUS; cpu++)
		if (b->now[cpu].online)
			b->now[cpu].steal += ns * permille[n > 1 ? cpu : 0] / 1000;
	if (!paravirt_runtime_auto_sample(&b->a, b->t, b->now, b->native))
		return;
	KUNIT_ASSERT_LT(test, b->switches, AUTO_SWITCHES);
	b->switched[b->switches++] = b->t;
	b->native = !b->native;
	paravirt_runtime_auto_switched(&b->a, b->t, 0);
}

/* @ms of samples every PARAVIRT_RUNTIME_AUTO_PERIOD_MS, as auto_sample(). */
static void auto_run(struct kunit *test, struct auto_bed *b, unsigned int ms,
		     const unsigned int *permille, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < ms / PARAVIRT_RUNTIME_AUTO_PERIOD_MS; i++)
		auto_sample(test, b, PARAVIRT_RUNTIME_AUTO_PERIOD_MS, permille,
			    n);
}

static void auto_steal(struct kunit *test, struct auto_bed *b,
		       unsigned int ms, unsigned int permille)
{
	auto_run(test, b, ms, &permille, 1);
}

/* The time of switch @k, in ms after @t. */
static long auto_ms(struct auto_bed *b, unsigned int k, u64 t)
{
	return k < b->switches ? div_s64(b->switched[k] - t, NSEC_PER_MSEC) : -1;
}

static void pvrt_auto_step_up(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, true);
	u64 t;

	/* No decision before the enter window is full. */
	auto_steal(test, b, 500, 1000);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.why, PARAVIRT_RUNTIME_AUTO_WARMING);
	auto_steal(test, b, 20000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.why, PARAVIRT_RUNTIME_AUTO_STEADY);

	/*
	 * Busy samples on nine tenths of the enter window switch: the
	 * eighteenth sample of 100 ms.
	 */
	t = b->t;
	auto_steal(test, b, 30000, AUTO_BUSY);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	KUNIT_EXPECT_EQ(test, auto_ms(b, 0, t), 1800);
	KUNIT_EXPECT_FALSE(test, b->native);
	KUNIT_EXPECT_EQ(test, b->a.switches, 1);
	KUNIT_EXPECT_EQ(test, b->a.suppressed, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, AUTO_BUSY);

	/* Just below it never does. */
	b = auto_bed(test, true);
	auto_steal(test, b, 60000, AUTO_BUSY - 1);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, AUTO_BUSY - 1);
}

static void pvrt_auto_step_down(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, false);
	unsigned int i;
	u64 t;

	auto_steal(test, b, 20000, 300);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	t = b->t;
	auto_steal(test, b, 30000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	KUNIT_EXPECT_TRUE(test, b->native);
	/*
	 * Once the busy samples covered less than half of the leave window:
	 * 51 quiet ones of 100.
	 */
	KUNIT_EXPECT_EQ(test, auto_ms(b, 0, t), 5100);
	KUNIT_EXPECT_EQ(test, b->a.last.why, PARAVIRT_RUNTIME_AUTO_STEADY);
	/* Busy samples on half of the time: paravirt stays. */
	b = auto_bed(test, false);
	for (i = 0; i < 60; i++) {
		auto_steal(test, b, 500, AUTO_BUSY);
		auto_steal(test, b, 500, 0);
	}
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.leave.busy_ms, 5000);
	/*
	 * Steal just below the busy level, however long, is no preemption
	 * to stay paravirt for.
	 */
	b = auto_bed(test, false);
	auto_steal(test, b, 60000, AUTO_BUSY - 1);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	KUNIT_EXPECT_TRUE(test, b->native);
	KUNIT_EXPECT_EQ(test, b->a.last.leave.steal, AUTO_BUSY - 1);
}

static void pvrt_auto_spike(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, true);

	/* A burst shorter than nine tenths of the window: no switch... */
	auto_steal(test, b, 5000, 0);
	auto_steal(test, b, 400, 1000);
	auto_steal(test, b, 5000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.busy_ms, 0);
	/* ... however often it comes, if it is rare enough. */
	auto_steal(test, b, 400, 1000);
	auto_steal(test, b, 700, 0);
	auto_steal(test, b, 400, 1000);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	/* Three quarters of it do not either; 1800 ms of it switch. */
	auto_steal(test, b, 5000, 0);
	auto_steal(test, b, 1500, 1000);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	auto_steal(test, b, 5000, 0);
	auto_steal(test, b, 1800, 1000);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
}

static void pvrt_auto_uneven_samples(struct kunit *test)
{
	static const unsigned int none, all = 1000;
	struct auto_bed *b = auto_bed(test, true);
	unsigned int i;

	/*
	 * Samples come late when the CPU that takes them is busy or idle.
	 * A short one full of steal after a long quiet one is a burst of
	 * 150 ms in a second, whatever their number: no switch.
	 */
	auto_steal(test, b, 5000, 0);
	for (i = 0; i < 10; i++) {
		auto_sample(test, b, 900, &none, 1);
		auto_sample(test, b, 150, &all, 1);
	}
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.busy_ms, 300);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.ms, 2100);
	/* A long one full of steal after a short quiet one: a switch. */
	auto_sample(test, b, 1900, &all, 1);
	auto_sample(test, b, 100, &none, 1);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
}

static void pvrt_auto_no_flapping(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, true);
	unsigned int i;

	/*
	 * A load that comes and goes faster than the leave window, and is
	 * there most of the time.
	 */
	auto_steal(test, b, 5000, 0);
	for (i = 0; i < 30; i++) {
		auto_steal(test, b, 2000, 300);
		auto_steal(test, b, 1000, 0);
	}
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	KUNIT_EXPECT_FALSE(test, b->native);

	/* Faster than the enter window: nine samples of every ten. */
	b = auto_bed(test, true);
	auto_steal(test, b, 5000, 0);
	for (i = 0; i < 300; i++) {
		auto_steal(test, b, 900, 300);
		auto_steal(test, b, 100, 0);
	}
	KUNIT_EXPECT_EQ(test, b->switches, 1);

	/*
	 * The windows hold only samples since the last switch: the quiet
	 * before a switch to paravirt does not count towards leaving it.
	 */
	b = auto_bed(test, true);
	auto_steal(test, b, 20000, 0);
	auto_steal(test, b, 2000, 500);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	auto_steal(test, b, 30000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 2);
	KUNIT_EXPECT_EQ(test, auto_ms(b, 1, b->switched[0]), 10000);
	KUNIT_EXPECT_EQ(test, b->a.suppressed, 0);

	/* Steal that comes back just after a switch waits out the interval. */
	b = auto_bed(test, false);
	auto_steal(test, b, 20000, 300);
	auto_steal(test, b, 10000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	auto_steal(test, b, 20000, 300);
	KUNIT_EXPECT_EQ(test, b->switches, 2);
	KUNIT_EXPECT_EQ(test, auto_ms(b, 1, b->switched[0]), 10000);
	KUNIT_EXPECT_GT(test, b->a.suppressed, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.why, PARAVIRT_RUNTIME_AUTO_STEADY);
}

static void pvrt_auto_cpu_offline(struct kunit *test)
{
	static const unsigned int one_cpu[AUTO_CPUS] = { 0, 0, 0, 800 };
	struct auto_bed *b = auto_bed(test, true);
	u64 t;

	/* One CPU of four with 80 % steal is 20 % of the guest's time. */
	auto_steal(test, b, 5000, 0);
	auto_run(test, b, 5000, one_cpu, AUTO_CPUS);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, 200);

	/*
	 * It goes offline, and its clock reads anything meanwhile: the
	 * three others decide alone.
	 */
	b->now[3].online = false;
	b->now[3].steal = 0;
	t = b->t;
	auto_run(test, b, 20000, one_cpu, AUTO_CPUS);
	KUNIT_EXPECT_EQ(test, b->switches, 2);
	KUNIT_EXPECT_LE(test, auto_ms(b, 1, t), 10000);
	/* It comes back with a clock that moved meanwhile: no anomaly. */
	b->now[3].online = true;
	b->now[3].steal = 123 * NSEC_PER_SEC;
	auto_steal(test, b, 5000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 2);
	KUNIT_EXPECT_EQ(test, b->a.backwards, 0);
	KUNIT_EXPECT_EQ(test, b->a.jumps, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, 0);
}

static void pvrt_auto_clock_anomalies(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, true);

	auto_steal(test, b, 5000, 0);
	/* Backwards: no steal, not negative steal. */
	b->now[1].steal -= NSEC_PER_SEC;
	auto_steal(test, b, 100, 0);
	KUNIT_EXPECT_EQ(test, b->a.backwards, 1);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, 0);
	/* A jump counts the sample's wall time, no more: one busy sample. */
	b->now[2].steal += 3600 * NSEC_PER_SEC;
	auto_steal(test, b, 100, 0);
	KUNIT_EXPECT_EQ(test, b->a.jumps, 1);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.busy_ms, 100);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.steal, 12);
	auto_steal(test, b, 10000, 0);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
	/* A sample that comes late covers its whole time. */
	b->t += 10 * NSEC_PER_SEC;
	auto_steal(test, b, 100, 0);
	KUNIT_EXPECT_EQ(test, b->a.last.enter.ms, 10100);
	KUNIT_EXPECT_EQ(test, b->switches, 0);
}

static void pvrt_auto_failed_switch(struct kunit *test)
{
	struct auto_bed *b = auto_bed(test, true);

	auto_steal(test, b, 5000, 0);
	auto_steal(test, b, 2000, 500);
	KUNIT_EXPECT_EQ(test, b->switches, 1);
	/* Say that the switch failed: the next try waits an interval. */
	b->native = true;
	b->a.switches = 0;
	paravirt_runtime_auto_switched(&b->a, b->switched[0], -EBUSY);
	auto_steal(test, b, 20000, 500);
	KUNIT_EXPECT_EQ(test, b->switches, 2);
	KUNIT_EXPECT_EQ(test, auto_ms(b, 1, b->switched[0]), 10000);
	KUNIT_EXPECT_EQ(test, b->a.failed, 1);
}

static struct kunit_case paravirt_runtime_cases[] = {
	KUNIT_CASE(pvrt_emulatable_text),
	KUNIT_CASE(pvrt_emulate_text),
	KUNIT_CASE(pvrt_sites_match_boot_text),
	KUNIT_CASE(pvrt_other_mode_insns),
	KUNIT_CASE(pvrt_refuses_bad_input),
	KUNIT_CASE(pvrt_module_sites),
	KUNIT_CASE(pvrt_sites_reserved),
	KUNIT_CASE(pvrt_stage_current),
	KUNIT_CASE(pvrt_stage_other_mode),
	KUNIT_CASE(pvrt_stage_refuses_incomplete),
	KUNIT_CASE(pvrt_stage_maps_site_pages),
	KUNIT_CASE(pvrt_stage_refuses_vcpu_is_preempted),
	KUNIT_CASE(pvrt_vcpu_is_preempted_not_runtime),
	KUNIT_CASE(pvrt_switch_refused_without_sets),
	KUNIT_CASE(pvrt_switch_not_traceable),
	{}
};

static struct kunit_suite paravirt_runtime_suite = {
	.name = "paravirt_runtime",
	.test_cases = paravirt_runtime_cases,
};

static struct kunit_case paravirt_runtime_auto_cases[] = {
	KUNIT_CASE(pvrt_auto_step_up),
	KUNIT_CASE(pvrt_auto_step_down),
	KUNIT_CASE(pvrt_auto_spike),
	KUNIT_CASE(pvrt_auto_uneven_samples),
	KUNIT_CASE(pvrt_auto_no_flapping),
	KUNIT_CASE(pvrt_auto_cpu_offline),
	KUNIT_CASE(pvrt_auto_clock_anomalies),
	KUNIT_CASE(pvrt_auto_failed_switch),
	{}
};

static struct kunit_suite paravirt_runtime_auto_suite = {
	.name = "paravirt_runtime_auto",
	.test_cases = paravirt_runtime_auto_cases,
};

kunit_test_suites(&paravirt_runtime_suite, &paravirt_runtime_auto_suite);

MODULE_DESCRIPTION("KUnit tests of runtime paravirt patching");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS(EXPORTED_FOR_KUNIT_TESTING);
