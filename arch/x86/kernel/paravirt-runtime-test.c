// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the runtime paravirt sites and of the instructions
 * generated for them.
 *
 * The tests run in whatever mode the kernel booted in: native (no
 * hypervisor, or KVM with KVM_HINTS_REALTIME) or paravirt (KVM with PV
 * spinlocks).  The sites must hold what paravirt_runtime_insn() generates
 * for the current pv_ops.lock, and what it generates for the other mode
 * is checked instruction by instruction.
 */
#include <kunit/test.h>
#include <linux/memory.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <asm/insn.h>
#include <asm/nops.h>
#include <asm/paravirt.h>
#include <asm/qspinlock.h>
#include <asm/text-patching.h>

#define SITE_MAX	MAX_INSN_SIZE

/* Stand-ins for a hypervisor's wait and kick: only their addresses matter. */
static void test_wait(u8 *ptr, u8 val)
{
}

static void test_kick(int cpu)
{
}

static bool lock_ops_native(void)
{
	return pv_ops.lock.queued_spin_lock_slowpath ==
	       native_pv_lock_ops.queued_spin_lock_slowpath;
}

/*
 * A paravirt set of lock ops, for checking sites of a native kernel; what
 * vcpu_is_preempted points to does not matter as long as it is called.
 */
static struct pv_lock_ops test_pv_lock_ops(void)
{
	return (struct pv_lock_ops) {
		.queued_spin_lock_slowpath = __pv_queued_spin_lock_slowpath,
		.queued_spin_unlock = PV_CALLEE_SAVE(__pv_queued_spin_unlock),
		.wait = test_wait,
		.kick = test_kick,
		.vcpu_is_preempted = PV_CALLEE_SAVE(__pv_queued_spin_unlock),
	};
}

typedef void (*site_check_t)(struct kunit *test,
			     const struct paravirt_runtime_site *p);

/* Call @fn for every live runtime site of vmlinux; return how many. */
static unsigned int check_each_site(struct kunit *test, site_check_t fn)
{
	struct paravirt_runtime_site *p;
	unsigned int n = 0;

	mutex_lock(&text_mutex);
	for (p = __parainstructions_runtime; p < __parainstructions_runtime_end; p++) {
		if (!paravirt_runtime_site_live(p))
			continue;
		fn(test, p);
		n++;
	}
	mutex_unlock(&text_mutex);
	return n;
}

static void check_current(struct kunit *test, const struct paravirt_runtime_site *p)
{
	void *target = paravirt_runtime_target(&pv_ops.lock, p->type);
	u8 *addr = paravirt_runtime_site_addr(p);
	u8 buf[SITE_MAX];
	int ret;

	KUNIT_ASSERT_LE(test, p->len, SITE_MAX);
	ret = paravirt_runtime_insn(p->type, target, addr, p->len, buf);
	KUNIT_ASSERT_EQ(test, ret, 0);
	KUNIT_EXPECT_TRUE_MSG(test, !memcmp(addr, buf, p->len),
			      "site %pS (type %u): text %*ph, generated %*ph",
			      addr, p->type, p->len, addr, p->len, buf);
}

/* Every site holds exactly what the generator gives for the current ops. */
static void pvrt_sites_match_boot_text(struct kunit *test)
{
	unsigned int n = check_each_site(test, check_current);

	kunit_info(test, "%u sites, booted %s", n,
		   lock_ops_native() ? "native" : "paravirt");
	KUNIT_EXPECT_GT(test, n, 0U);
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
	struct insn insn;

	KUNIT_ASSERT_EQ(test, paravirt_runtime_insn(p->type, target, addr,
						    p->len, buf), 0);

	if (ops == &native_pv_lock_ops &&
	    p->type == PARAVIRT_PATCH(lock.queued_spin_unlock)) {
		/* movb $0, (%rdi) */
		KUNIT_EXPECT_TRUE(test, !memcmp(buf, "\xc6\x07\x00", 3));
		expect_nops(test, buf, 3, p->len, addr);
	} else if (ops == &native_pv_lock_ops &&
		   p->type == PARAVIRT_PATCH(lock.vcpu_is_preempted)) {
		/* xor %rax, %rax */
		KUNIT_EXPECT_TRUE(test, !memcmp(buf, "\x48\x31\xc0", 3));
		expect_nops(test, buf, 3, p->len, addr);
	} else if (target == paravirt_nop) {
		expect_nops(test, buf, 0, p->len, addr);
	} else {
		KUNIT_ASSERT_EQ(test, 0, insn_decode_kernel(&insn, buf));
		KUNIT_EXPECT_EQ(test, insn.opcode.bytes[0], CALL_INSN_OPCODE);
		KUNIT_EXPECT_EQ(test, insn.length, CALL_INSN_SIZE);
		KUNIT_EXPECT_PTR_EQ_MSG(test, (void *)(addr + insn.length +
						       insn.immediate.value),
					target, "site %pS calls %*ph",
					addr, p->len, buf);
		expect_nops(test, buf, CALL_INSN_SIZE, p->len, addr);
	}
}

static void expect_native(struct kunit *test, const struct paravirt_runtime_site *p)
{
	expect_insn(test, p, &native_pv_lock_ops);
}

static struct pv_lock_ops pv_ops_for_test;

static void expect_paravirt(struct kunit *test, const struct paravirt_runtime_site *p)
{
	expect_insn(test, p, &pv_ops_for_test);
}

/* The generator gives the right instruction for the mode not in use. */
static void pvrt_other_mode_insns(struct kunit *test)
{
	unsigned int n;

	if (lock_ops_native()) {
		pv_ops_for_test = test_pv_lock_ops();
		n = check_each_site(test, expect_paravirt);
	} else {
		n = check_each_site(test, expect_native);
	}
	KUNIT_EXPECT_GT(test, n, 0U);
}

/* Ops that cannot be switched, and impossible sites, are refused. */
static void pvrt_refuses_bad_input(struct kunit *test)
{
	u8 first = PARAVIRT_PATCH(lock.queued_spin_lock_slowpath);
	u8 last = PARAVIRT_PATCH(lock.vcpu_is_preempted);
	void *target = native_queued_spin_lock_slowpath;
	u8 buf[SITE_MAX] = {}, zero[SITE_MAX] = {};
	u8 *addr = (u8 *)pvrt_refuses_bad_input;

	KUNIT_EXPECT_EQ(test, -EINVAL,
			paravirt_runtime_insn(first - 1, target, addr, 6, buf));
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

static struct kunit_case paravirt_runtime_cases[] = {
	KUNIT_CASE(pvrt_sites_match_boot_text),
	KUNIT_CASE(pvrt_other_mode_insns),
	KUNIT_CASE(pvrt_refuses_bad_input),
	{}
};

static struct kunit_suite paravirt_runtime_suite = {
	.name = "paravirt_runtime",
	.test_cases = paravirt_runtime_cases,
};

kunit_test_suite(paravirt_runtime_suite);
