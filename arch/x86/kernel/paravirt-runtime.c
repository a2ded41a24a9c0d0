// SPDX-License-Identifier: GPL-2.0-only
/*
 * Call sites of the paravirt ops that can be switched while the kernel
 * runs: the five pv_ops.lock ops.
 *
 * Their sites are recorded in .parainstructions.runtime (see
 * paravirt_types.h), which is patched at boot like .parainstructions and,
 * unlike it, kept after init.  Sites in init text are recorded too; once
 * init memory is freed they must never be touched again.
 *
 * Everything here that reads or changes which sites are live, or the text
 * at a site, is serialised by text_mutex.
 */
#include <linux/errno.h>
#include <linux/memory.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <asm/insn.h>
#include <asm/paravirt.h>
#include <asm/sections.h>
#include <asm/text-patching.h>

/* Set, under text_mutex, before init text is freed. */
static bool init_text_freed;

/* Whether a site of vmlinux still holds text, rather than freed init memory. */
bool paravirt_runtime_site_live(const struct paravirt_runtime_site *p)
{
	u8 *addr = paravirt_runtime_site_addr(p);

	lockdep_assert_held(&text_mutex);

	return !init_text_freed ||
	       addr < (u8 *)__init_begin || addr >= (u8 *)__init_end;
}

/* Called by free_initmem() before the init sections are freed. */
void paravirt_runtime_free_init(void)
{
	mutex_lock(&text_mutex);
	init_text_freed = true;
	mutex_unlock(&text_mutex);
}

static bool sites_overlap(const struct paravirt_runtime_site *start,
			  const struct paravirt_runtime_site *end,
			  u8 *text_start, u8 *text_end)
{
	const struct paravirt_runtime_site *p;

	for (p = start; p < end; p++) {
		u8 *addr = paravirt_runtime_site_addr(p);

		if (addr <= text_end && addr + p->len > text_start &&
		    paravirt_runtime_site_live(p))
			return true;
	}
	return false;
}

/*
 * Whether [@start, @end] overlaps a live runtime site: such text is
 * rewritten when the ops are switched, so nothing else (kprobes) may
 * patch it.  Called by alternatives_text_reserved() with text_mutex held.
 */
bool paravirt_runtime_text_reserved(void *start, void *end)
{
	return sites_overlap(__parainstructions_runtime,
			     __parainstructions_runtime_end, start, end);
}

/* What boot-time ALTERNATIVEs write for the native unlock: movb $0, (%rdi) */
static const u8 native_unlock_insn[] = { 0xc6, 0x07, 0x00 };
/* ... and for the native vcpu_is_preempted: xor %rax, %rax */
static const u8 native_vcpu_is_preempted_insn[] = { 0x48, 0x31, 0xc0 };

/**
 * paravirt_runtime_target - the implementation of one lock op in a set
 * @ops:	a set of lock ops
 * @type:	PARAVIRT_PATCH() of one of them
 *
 * Return: what a call site of @type calls when @ops is in use.
 */
void *paravirt_runtime_target(const struct pv_lock_ops *ops, u8 type)
{
	/* Every member is a function pointer or a paravirt_callee_save. */
	BUILD_BUG_ON(sizeof(*ops) != (PARAVIRT_PATCH(lock.vcpu_is_preempted) -
				      PARAVIRT_PATCH(lock) + 1) * sizeof(void *));

	if (WARN_ON_ONCE(!PARAVIRT_RUNTIME_OP(type)))
		return NULL;
	return ((void * const *)ops)[type - PARAVIRT_PATCH(lock)];
}

/**
 * paravirt_runtime_insn - the text of a runtime site for a given target
 * @type:	PARAVIRT_PATCH() of the site's op
 * @target:	the op's implementation, a value of pv_ops.lock.<op>
 * @addr:	where the site is
 * @len:	the site's length
 * @buf:	receives @len bytes
 *
 * Fill @buf with what boot-time patching writes at the site when the op is
 * @target: the native inline unlock or vcpu_is_preempted sequence that the
 * ALTERNATIVEs in paravirt.h substitute, nothing for paravirt_nop, or else
 * a direct CALL to @target; the rest is padded with NOPs.
 *
 * Return: 0, or -EINVAL when @type is not an op that can be switched at
 * runtime, @target is NULL or @len does not fit a CALL or an instruction.
 */
int paravirt_runtime_insn(u8 type, const void *target, const u8 *addr,
			  unsigned int len, u8 *buf)
{
	const u8 *insn = NULL;
	unsigned int used = 0;

	if (!PARAVIRT_RUNTIME_OP(type) || !target || len < CALL_INSN_SIZE ||
	    len > MAX_INSN_SIZE)
		return -EINVAL;

	if (type == PARAVIRT_PATCH(lock.queued_spin_unlock) &&
	    target == native_pv_lock_ops.queued_spin_unlock.func) {
		insn = native_unlock_insn;
		used = sizeof(native_unlock_insn);
	} else if (type == PARAVIRT_PATCH(lock.vcpu_is_preempted) &&
		   target == native_pv_lock_ops.vcpu_is_preempted.func) {
		insn = native_vcpu_is_preempted_insn;
		used = sizeof(native_vcpu_is_preempted_insn);
	}

	if (insn) {
		memcpy(buf, insn, used);
	} else if (target != paravirt_nop) {
		__text_gen_insn(buf, CALL_INSN_OPCODE, addr, target,
				CALL_INSN_SIZE);
		used = CALL_INSN_SIZE;
	}
	add_nops(buf + used, len - used);
	return 0;
}
