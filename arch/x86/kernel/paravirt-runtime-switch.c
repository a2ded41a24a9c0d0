// SPDX-License-Identifier: GPL-2.0-only
/*
 * Switching the pv_ops.lock ops of a running kernel.
 *
 * One CPU, the primary, rewrites the staged sites while stop_machine()
 * holds every other online CPU in pv_switch_cpu() with interrupts off.
 * The switch goes through the states of enum paravirt_runtime_state, all
 * sites together, and every other CPU serialises (sync_core()) and
 * acknowledges each state before the primary writes the next, so that no
 * CPU runs a mix of old and new bytes.  Only NMIs (and other exceptions)
 * can run a site meanwhile:
 *
 *  - An NMI on a secondary that has checked in, acknowledged state GATE
 *    from pv_switch_wait(), waits, acknowledging, in
 *    paravirt_runtime_nmi_gate(), which exc_nmi() calls before anything
 *    that can be traced, until the switch is over; it runs no site and
 *    holds no lock while the primary may need it.  The NMI is delayed, and
 *    the CPU latches at most one more meanwhile.  Once a panic is in
 *    progress or kgdb is active, the gate lets go.  An NMI on a secondary
 *    that has not checked in runs on: the primary writes nothing until
 *    every secondary has.
 *
 *  - An NMI on the primary goes on; if it hits a site in state INT3 or
 *    TAIL, paravirt_runtime_int3() writes that site's new text right there
 *    and executes it; the primary writes the same bytes again later.
 *
 *  - Anything else that hits a site on a secondary waits, acknowledging,
 *    in paravirt_runtime_int3() until the site has its new first byte.
 *    Once a panic is in progress, a CPU that waits there in an NMI, which
 *    panic's NMI cannot interrupt, stops itself.  The CPU that a panic or
 *    kgdb leaves running cannot count on the primary, which may be
 *    stopped or held in a machine check: it emulates the site's new text.
 *
 * No wait depends on an NMI of another CPU: the primary waits only for
 * acknowledgments, which every secondary gives from pv_switch_wait(), from
 * the gate and from the breakpoint handler; and the primary's own NMIs
 * never wait for a secondary that the gate holds, since what the gate
 * interrupted is pv_switch_wait() or the breakpoint handler, neither of
 * which takes a lock.  For that, every function that runs between the
 * check-in and the end is noinstr: no kprobe, fentry program or
 * sanitizer can run in it and take a lock there.
 *
 * With "paravirt_runtime.engine=phased", pv_switch_phased() switches
 * without stop_machine(), and nothing waits: see the comment above it.
 *
 * See Documentation/x86/paravirt-runtime.rst.
 */
#include <kunit/visibility.h>
#include <linux/bsearch.h>
#include <linux/capability.h>
#include <linux/cpu.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/instrumentation.h>
#include <linux/kgdb.h>
#include <linux/ktime.h>
#include <linux/memory.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/panic.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/stop_machine.h>
#include <linux/string.h>
#include <linux/sync_core.h>
#include <linux/uaccess.h>
#include <asm/paravirt-runtime.h>
#include <asm/paravirt.h>
#include <asm/reboot.h>
#include <asm/text-patching.h>
#include <asm/tsc.h>
#include <asm/unaligned.h>

struct pv_switch {
	const struct paravirt_runtime_patch *patch;
	unsigned int primary;
	enum paravirt_runtime_state state;
	/*
	 * A CPU acknowledges state S of this switch by setting its
	 * pv_switch_acked to base + S; every switch has a new base, so an
	 * acknowledgment of an earlier switch never counts.
	 */
	unsigned int base;
	paravirt_runtime_hook_fn hook;
	/*
	 * The phased engine: the task that switches, the ops of the phase,
	 * and which text a breakpoint executes.
	 */
	bool phased;
	struct task_struct *writer;
	unsigned int ops;
	bool emulate_new;
};

/* One switch at a time, under text_mutex. */
static struct pv_switch pv_switch;
/*
 * Non-NULL from state GATE of a switch until stop_machine() has returned:
 * the NMI gate and BP handler look here.  pv_switch_refs counts the gates
 * and BP handlers that may be using it, plus one for the switch.
 */
static struct pv_switch *pv_switch_active;
static atomic_t pv_switch_refs;
/* The last state each CPU acknowledged, after serialising. */
static DEFINE_PER_CPU(unsigned int, pv_switch_acked);
/* The PTE slots of poking_addr and the page after it. */
static pte_t *poke_ptep;

static struct paravirt_runtime_stats pv_switch_stats;
/* Breakpoints at sites being switched: by the primary, by the others. */
static atomic_t int3_primary, int3_other;
/* NMIs that the gate held. */
static atomic_t nmi_held;
/* Breakpoints completed by emulation, by kind of text. */
static atomic_t emulated[PARAVIRT_RUNTIME_EMU_KINDS];
/* Called at each state by every CPU of a switch, for testing. */
static paravirt_runtime_hook_fn pv_switch_hook;

static enum paravirt_runtime_engine pv_engine __ro_after_init;

static const char * const pv_engine_names[] = {
	[PARAVIRT_RUNTIME_STOP_MACHINE]	= "stop_machine",
	[PARAVIRT_RUNTIME_PHASED]	= "phased",
};

static int __init pv_engine_setup(char *str)
{
	int engine = match_string(pv_engine_names, ARRAY_SIZE(pv_engine_names),
				  str);

	if (engine < 0) {
		pr_err("paravirt_runtime.engine=%s: no such engine, keeping %s\n",
		       str, pv_engine_names[pv_engine]);
	} else {
		pv_engine = engine;
		pr_info("paravirt_runtime: lock-op switches use the %s engine\n",
			pv_engine_names[pv_engine]);
	}
	return 1;
}
__setup("paravirt_runtime.engine=", pv_engine_setup);

/* The engine that switches run with: see paravirt_runtime_install(). */
enum paravirt_runtime_engine paravirt_runtime_engine(void)
{
	return pv_engine;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_engine);

/* The name of @engine, as paravirt_runtime.engine= takes it. */
const char *paravirt_runtime_engine_name(enum paravirt_runtime_engine engine)
{
	return pv_engine_names[engine];
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_engine_name);

#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
/* What the next stop_machine() of a switch fails with, for testing. */
static int stop_machine_error;
/* How long the NMI gate dawdles, and how often it did, for testing. */
static unsigned int gate_delay_ms;
static atomic_t gate_delayed;
#endif

/*
 * For testing: widen the window between the gate's first look at the
 * switch and its check, as if the host preempted the vCPU right there.
 * The gate runs before nmi_enter(): nothing here may be instrumented.
 */
static __always_inline void pv_switch_gate_delay(void)
{
#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
	unsigned int ms = READ_ONCE(gate_delay_ms);
	u64 end;

	if (ms) {
		arch_atomic_inc(&gate_delayed);
		end = rdtsc() + (u64)ms * READ_ONCE(tsc_khz);
		while (rdtsc() < end)
			cpu_relax();
	}
#endif
}

/*
 * Whether this CPU has checked in to @ctl: acknowledged state GATE, which
 * it does only from pv_switch_wait() itself, with nothing held.
 */
static __always_inline bool pv_switch_checked_in(struct pv_switch *ctl)
{
	unsigned int state = raw_cpu_read(pv_switch_acked) - ctl->base;

	return state >= PARAVIRT_RUNTIME_GATE && state < PARAVIRT_RUNTIME_DONE;
}

static __always_inline void pv_switch_ack(struct pv_switch *ctl)
{
	/* Pairs with the release in pv_switch_sync(): the state's writes are seen. */
	enum paravirt_runtime_state state = smp_load_acquire(&ctl->state);
	unsigned int ack = ctl->base + state;

	if (state < PARAVIRT_RUNTIME_GATE || state >= PARAVIRT_RUNTIME_DONE)
		return;
	/*
	 * Idempotent: an NMI may acknowledge for the context it interrupts,
	 * which then finds the state acknowledged.
	 */
	if (raw_cpu_read(pv_switch_acked) != ack) {
		sync_core();
		/* Pairs with the acquire in pv_switch_sync(). */
		smp_store_release(raw_cpu_ptr(&pv_switch_acked), ack);
	}
}

static __always_inline void poke_invlpg(unsigned long addr)
{
	asm volatile("invlpg (%0)" : : "r" (addr) : "memory");
}

/*
 * The sites are written through poking_addr in poking_mm, which the
 * primary keeps loaded for the whole switch, with the PTEs that staging
 * computed.  text_poke() cannot be used: it takes the PTE lock, a spinlock
 * whose unlock may be a site being patched.
 */

/* Point PTE slot @i at poking_addr to @pte, and flush what it mapped. */
static __always_inline void pv_switch_set_pte(unsigned int i, pteval_t pte)
{
	WRITE_ONCE(poke_ptep[i].pte, pte);
	poke_invlpg(poking_addr + i * PAGE_SIZE);
}

/* Write @len bytes of @src at offset @off of @site, which is mapped. */
static __always_inline void pv_switch_write(const struct paravirt_runtime_patch_site *site,
					    unsigned int off, const u8 *src,
					    unsigned int len)
{
	u8 *dst = (u8 *)poking_addr + offset_in_page(site->addr) + off;
	unsigned int i;

	for (i = 0; i < len; i++)
		WRITE_ONCE(dst[i], src[i]);
}

/*
 * Write one site from the breakpoint handler.  The PTE slots get their
 * old values back, so a write from an NMI leaves the mapping of an
 * interrupted pv_switch_write_all() as it was.
 */
static noinstr void pv_switch_write_site(const struct paravirt_runtime_patch_site *site,
					 unsigned int off, const u8 *src,
					 unsigned int len)
{
	pteval_t saved0 = READ_ONCE(poke_ptep[0].pte);
	pteval_t saved1 = READ_ONCE(poke_ptep[1].pte);

	/*
	 * Flush even what looks mapped already: the interrupted context may
	 * have set a slot and not yet flushed it.
	 */
	pv_switch_set_pte(0, site->map[0].pte);
	pv_switch_set_pte(1, site->map[1].pte);
	pv_switch_write(site, off, src, len);
	pv_switch_set_pte(0, saved0);
	pv_switch_set_pte(1, saved1);
}

/*
 * A panic on another CPU may stop the primary before it completes a site,
 * and stops this CPU with an NMI.  If the breakpoint came in an NMI, one
 * that the gate let go once the panic began, that NMI cannot come in
 * before this one returns, and this one waits for a site that nobody will
 * complete: stop the CPU here, as panic's NMI would.
 */
static noinstr void pv_switch_stop_for_panic(void)
{
	int cpu = arch_atomic_read(&panic_cpu);

	if (cpu == PANIC_CPU_INVALID || cpu == raw_smp_processor_id() ||
	    !in_nmi())
		return;
	instrumentation_begin();
	cpu_emergency_disable_virtualization();
	stop_this_cpu(NULL);
}

/*
 * Whether this CPU is the one that a panic or kgdb leaves running alone.
 * The primary may already be stopped, or held in a machine check, before
 * it writes the first byte of a site; such a CPU must not wait for it.
 */
static noinstr bool pv_switch_alone(void)
{
	int cpu = raw_smp_processor_id();

	if (arch_atomic_read(&panic_cpu) == cpu)
		return true;
#ifdef CONFIG_KGDB
	if (arch_atomic_read(&kgdb_active) == cpu)
		return true;
#endif
	return false;
}

/*
 * Execute @text, @len bytes meant for the site at @addr, for the context
 * that hit the site's breakpoint, without writing it.  Staging lets only
 * three kinds of text through (paravirt_runtime_emulatable()): a CALL,
 * the native unlock "movb $0, (%rdi)", or NOPs, each padded with NOPs to
 * the length of the site.  A CALL returns past the whole site, whose
 * other bytes may still be the old ones.
 *
 * Return: the kind of text executed, or PARAVIRT_RUNTIME_EMU_KINDS, having
 * done nothing, if the text is of another kind.
 */
static noinstr enum paravirt_runtime_emulated
pv_switch_emulate(struct pt_regs *regs, const u8 *addr, unsigned int len,
		  const u8 *text)
{
	unsigned long next = (unsigned long)addr + len;
	enum paravirt_runtime_emulated kind;

	switch (text[0]) {
	case CALL_INSN_OPCODE:
		int3_emulate_push(regs, next);
		int3_emulate_jmp(regs, (unsigned long)addr + CALL_INSN_SIZE +
				 get_unaligned((s32 *)(text + 1)));
		return PARAVIRT_RUNTIME_EMU_CALL;
	case 0xc6:	/* movb $imm8, r/m8 */
		if (text[1] != 0x07 || text[2] != 0x00)
			return PARAVIRT_RUNTIME_EMU_KINDS;
		/* As native_queued_spin_unlock(): a release on x86. */
		WRITE_ONCE(*(u8 *)regs->di, 0);
		kind = PARAVIRT_RUNTIME_EMU_UNLOCK;
		break;
	case BYTES_NOP1:
	case 0x66:	/* operand-size prefix of the NOPs below */
	case 0x0f:	/* NOPL */
		kind = PARAVIRT_RUNTIME_EMU_NOP;
		break;
	default:
		return PARAVIRT_RUNTIME_EMU_KINDS;
	}
	int3_emulate_jmp(regs, next);
	return kind;
}

/**
 * paravirt_runtime_emulate - execute a site's text as its breakpoint does
 * @regs:	the registers of the context that hit the breakpoint
 * @addr:	the site
 * @len:	its length
 * @text:	@len bytes of text, which paravirt_runtime_emulatable() accepts
 *
 * Return: false, having done nothing, if @text is of no kind that a
 * breakpoint executes.
 */
bool paravirt_runtime_emulate(struct pt_regs *regs, const u8 *addr,
			      unsigned int len, const u8 *text)
{
	return pv_switch_emulate(regs, addr, len, text) !=
	       PARAVIRT_RUNTIME_EMU_KINDS;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_emulate);

/* Emulate @text at @site, and count it; see pv_switch_emulate(). */
static noinstr bool pv_switch_emulate_site(struct pt_regs *regs,
					   const struct paravirt_runtime_patch_site *site,
					   const u8 *text)
{
	enum paravirt_runtime_emulated kind;

	kind = pv_switch_emulate(regs, site->addr, site->len, text);
	if (kind == PARAVIRT_RUNTIME_EMU_KINDS)
		return false;
	arch_atomic_inc(&emulated[kind]);
	return true;
}

/**
 * paravirt_runtime_int3 - handle a breakpoint at a site being switched
 * @regs:	the trap frame
 *
 * Called first in exc_int3().  The primary writes the site's new text
 * and executes it; any other CPU waits, acknowledging the primary's
 * states, until the site has its new first byte, and then executes it.
 * Only the CPU that a panic or kgdb leaves running, which cannot count on
 * the primary, emulates the new text instead, without writing it.
 *
 * A breakpoint taken on another CPU just before an NMI held in the gate
 * gets here only once the gate let go, at the end of the switch, and
 * finds the site complete: it executes it.
 *
 * Return: true if the breakpoint was at a site being switched.
 */
noinstr bool paravirt_runtime_int3(struct pt_regs *regs)
{
	struct paravirt_runtime_patch_site key;
	const struct paravirt_runtime_patch_site *site;
	struct pv_switch *ctl;
	bool handled = false;
	u8 *ip;

	/* As in poke_int3_handler(): sites are kernel text. */
	if (user_mode(regs))
		return false;
	if (likely(!READ_ONCE(pv_switch_active)))
		return false;
	/* Pairs with the wait in paravirt_runtime_install(). */
	if (!arch_atomic_inc_not_zero(&pv_switch_refs))
		return false;
	ctl = READ_ONCE(pv_switch_active);
	if (!ctl)
		goto out;

	ip = (u8 *)regs->ip - INT3_INSN_SIZE;
	key.addr = ip;
	site = __inline_bsearch(&key, ctl->patch->sites, ctl->patch->nr_sites,
				sizeof(*site), paravirt_runtime_cmp_site);
	if (!site)
		goto out;

	handled = true;
	if (READ_ONCE(*ip) != INT3_INSN_OPCODE) {
		/* Completed since the breakpoint: run the new text. */
	} else if (ctl->phased) {
		if (current == ctl->writer)
			arch_atomic_inc(&int3_primary);
		else
			arch_atomic_inc(&int3_other);
		/* Staging made sure that both texts can be emulated. */
		pv_switch_emulate_site(regs, site,
				       READ_ONCE(ctl->emulate_new) ?
				       site->insn : site->old);
		goto out;
	} else if (raw_smp_processor_id() == ctl->primary) {
		arch_atomic_inc(&int3_primary);
		pv_switch_write_site(site, 1, site->insn + 1, site->len - 1);
		pv_switch_write_site(site, 0, site->insn, 1);
	} else if (pv_switch_alone() &&
		   pv_switch_emulate_site(regs, site, site->insn)) {
		arch_atomic_inc(&int3_other);
		goto out;
	} else {
		arch_atomic_inc(&int3_other);
		while (READ_ONCE(*ip) == INT3_INSN_OPCODE) {
			if (pv_switch_checked_in(ctl))
				pv_switch_ack(ctl);
			pv_switch_stop_for_panic();
			cpu_relax();
		}
	}
	sync_core();
	regs->ip = (unsigned long)ip;
out:
	arch_atomic_dec(&pv_switch_refs);
	return handled;
}

/*
 * Whether the machine is dying, or a debugger holds it: then no CPU may
 * stay in the gate, since panic's stop, kdump's shootdown and kgdb's
 * roundup come as NMIs, which cannot reach a CPU in an NMI handler.
 */
static noinstr bool pv_switch_abandoned(void)
{
	if (arch_atomic_read(&panic_cpu) != PANIC_CPU_INVALID)
		return true;
#ifdef CONFIG_KGDB
	if (arch_atomic_read(&kgdb_active) != -1)
		return true;
#endif
	return false;
}

/**
 * paravirt_runtime_nmi_gate - hold an NMI until a lock-op switch is over
 *
 * Called by exc_nmi() before anything on the NMI path that can be traced
 * or instrumented, before nmi_enter() even: see the comment at the top of
 * this file.  It holds only a CPU that has checked in, which it
 * interrupted in pv_switch_wait() or in the breakpoint handler, holding no
 * lock; a CPU that has not is still on its way, and the primary writes
 * nothing until it is there.  Whatever the NMI runs, it runs after the
 * switch, or on a CPU that the switch does not wait for.
 */
noinstr void paravirt_runtime_nmi_gate(void)
{
	struct pv_switch *ctl;

	if (likely(!READ_ONCE(pv_switch_active)))
		return;
	pv_switch_gate_delay();
	/*
	 * Every switch reuses pv_switch: never wait for a switch that began
	 * after this NMI.  As in the breakpoint handler, the reference keeps
	 * paravirt_runtime_install() from returning, and so the next switch
	 * from starting, while the gate looks at the switch.  A switch that
	 * takes its reference later cannot reach pv_switch_cpu() while this
	 * CPU is in an NMI, and does not need this CPU's NMI to end first.
	 */
	if (!arch_atomic_inc_not_zero(&pv_switch_refs))
		return;
	ctl = READ_ONCE(pv_switch_active);
	if (ctl && !ctl->phased && raw_smp_processor_id() != ctl->primary &&
	    READ_ONCE(ctl->state) != PARAVIRT_RUNTIME_DONE &&
	    pv_switch_checked_in(ctl)) {
		arch_atomic_inc(&nmi_held);
		do {
			pv_switch_ack(ctl);
			cpu_relax();
		} while (READ_ONCE(ctl->state) != PARAVIRT_RUNTIME_DONE &&
			 !pv_switch_abandoned());
	}
	arch_atomic_dec(&pv_switch_refs);
}

/*
 * Publish @state and wait until every other CPU acknowledged it, or, for
 * DONE, only publish it.
 */
static noinstr void pv_switch_sync(struct pv_switch *ctl,
				   enum paravirt_runtime_state state)
{
	unsigned int ack = ctl->base + state;
	unsigned int cpu;

	/* Publish the writes of the state with it; pairs with pv_switch_ack(). */
	smp_store_release(&ctl->state, state);
	if (state == PARAVIRT_RUNTIME_DONE)
		return;
	sync_core();
	pv_switch_stats.syncs++;
	/* for_each_online_cpu() may call out of line. */
	for (cpu = 0; cpu < nr_cpu_ids; cpu++) {
		if (cpu == ctl->primary ||
		    !arch_test_bit(cpu, cpumask_bits(cpu_online_mask)))
			continue;
		/* Pairs with the release in pv_switch_ack(). */
		while (smp_load_acquire(per_cpu_ptr(&pv_switch_acked, cpu)) != ack)
			cpu_relax();
	}
}

/*
 * Bring every site of the ops in @ops, a mask of PARAVIRT_RUNTIME_OP_BIT(),
 * to @state: INT3, TAIL or HEAD.  The sites are sorted by address: map
 * each page once, and write all its sites.
 */
static noinstr void pv_switch_write_all(const struct paravirt_runtime_patch *patch,
					enum paravirt_runtime_state state,
					unsigned int ops)
{
	pteval_t saved0 = READ_ONCE(poke_ptep[0].pte);
	pteval_t saved1 = READ_ONCE(poke_ptep[1].pte);
	static const u8 int3 = INT3_INSN_OPCODE;
	const struct paravirt_runtime_patch_site *site;

	for (site = patch->sites; site < patch->sites + patch->nr_sites; site++) {
		if (!(PARAVIRT_RUNTIME_OP_BIT(site->type) & ops))
			continue;
		if (READ_ONCE(poke_ptep[0].pte) != site->map[0].pte)
			pv_switch_set_pte(0, site->map[0].pte);
		/* Not pte_val(): a paravirt op with PARAVIRT_XXL. */
		if (site->map[1].pte &&
		    READ_ONCE(poke_ptep[1].pte) != site->map[1].pte)
			pv_switch_set_pte(1, site->map[1].pte);
		if (state == PARAVIRT_RUNTIME_INT3)
			pv_switch_write(site, 0, &int3, INT3_INSN_SIZE);
		else if (state == PARAVIRT_RUNTIME_TAIL)
			pv_switch_write(site, 1, site->insn + 1, site->len - 1);
		else
			pv_switch_write(site, 0, site->insn, 1);
	}
	pv_switch_set_pte(0, saved0);
	pv_switch_set_pte(1, saved1);
}

/* Call the test hook, if any: it is the one instrumented part. */
static __always_inline void pv_switch_call_hook(struct pv_switch *ctl,
						enum paravirt_runtime_state state,
						bool primary)
{
	if (ctl->hook) {
		instrumentation_begin();
		ctl->hook(state, primary);
		instrumentation_end();
	}
}

/*
 * A secondary: check in, then acknowledge every state until the switch is
 * done.  Its acknowledgment of GATE, its check-in, comes only from here.
 */
static noinstr void pv_switch_wait(struct pv_switch *ctl)
{
	unsigned int seen = raw_cpu_read(pv_switch_acked);

	while (READ_ONCE(ctl->state) != PARAVIRT_RUNTIME_DONE) {
		pv_switch_ack(ctl);
		if (raw_cpu_read(pv_switch_acked) != seen) {
			seen = raw_cpu_read(pv_switch_acked);
			pv_switch_call_hook(ctl, seen - ctl->base, false);
		}
		cpu_relax();
	}
}

/*
 * stop_machine()'s callback.  From here to the end of the switch, nothing
 * can be traced: see the comment at the top of this file.
 */
static noinstr int pv_switch_cpu(void *data)
{
	struct pv_switch *ctl = data;
	enum paravirt_runtime_state state;
	struct mm_struct *prev;

	if (raw_smp_processor_id() != ctl->primary) {
		pv_switch_wait(ctl);
		return 0;
	}

	/* Before the gate and after the end: no secondary waits here. */
	instrumentation_begin();
	prev = text_poke_mm_load();
	instrumentation_end();
	arch_atomic_set(&pv_switch_refs, 1);
	WRITE_ONCE(pv_switch_active, ctl);
	/* Every secondary is in pv_switch_wait(), out of any earlier NMI. */
	pv_switch_sync(ctl, PARAVIRT_RUNTIME_GATE);

	for (state = PARAVIRT_RUNTIME_INT3; state <= PARAVIRT_RUNTIME_HEAD;
	     state++) {
		pv_switch_write_all(ctl->patch, state, ctl->ops);
		if (state == PARAVIRT_RUNTIME_HEAD)
			pv_ops.lock = ctl->patch->ops;
		pv_switch_call_hook(ctl, state, true);
		pv_switch_sync(ctl, state);
	}

	pv_switch_sync(ctl, PARAVIRT_RUNTIME_DONE);
	instrumentation_begin();
	text_poke_mm_unload(prev);
	instrumentation_end();
	return 0;
}

/* Run pv_switch_cpu() on every online CPU. */
static int pv_switch_stop_machine(struct pv_switch *ctl)
{
#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
	int err = xchg(&stop_machine_error, 0);

	if (err)
		return err;
#endif
	return stop_machine_cpuslocked(pv_switch_cpu, ctl, cpu_online_mask);
}

/*
 * The phased engine rewrites the sites under running CPUs, one op at a
 * time, in an order in which every mix of old and new ops that CPUs can
 * run is safe (Documentation/x86/paravirt-runtime.rst):
 *
 *  - to paravirt: the unlock, which takes over a lock in any native state;
 *    the slowpath, while waiters still never halt; the kick; and the wait
 *    last, once every CPU that can wake a waiter kicks it;
 *  - to native: the wait first, so that no waiter halts any more; the
 *    kick; the slowpath; and the unlock last, once no paravirt waiter can
 *    have left _Q_SLOW_VAL in a lock word.
 *
 * Each phase writes INT3 on the first byte of its sites and syncs every
 * CPU; a CPU that hits a site then executes the site's old text by
 * emulation.  A grace period later every slowpath, unlock, wait and kick
 * that began before the phase is over, since all of them run with
 * preemption disabled: no CPU runs an earlier phase's old op, and none
 * has an instruction pointer, or a return address, inside a site, where
 * the new text may have no instruction boundary.  From then on a CPU that
 * hits a site executes the new text, and the phase writes the rest of
 * each site, syncs, writes the first bytes, and syncs again.
 */
/*
 * True from the start of a phased switch to its end, while the native and
 * the paravirt slowpath may both run on one lock.  The native slowpath
 * takes the pending bit to wait next to the owner, and takes the lock
 * at the head of the queue with a plain store; the paravirt one steals
 * the lock while waiters are queued, and its queue head sets the pending
 * bit and then takes the lock with it.  Either mix breaks mutual
 * exclusion, so while this is set the paravirt slowpath does neither: it
 * takes a free lock only when nobody waits, and its queue head waits as
 * the native one does (pv_lock_mixed() in kernel/locking/).
 */
bool paravirt_runtime_mixed;

static const u8 pv_phases_paravirt[PARAVIRT_RUNTIME_PHASES] = {
	PARAVIRT_PATCH(lock.queued_spin_unlock),
	PARAVIRT_PATCH(lock.queued_spin_lock_slowpath),
	PARAVIRT_PATCH(lock.kick),
	PARAVIRT_PATCH(lock.wait),
};

static const u8 pv_phases_native[PARAVIRT_RUNTIME_PHASES] = {
	PARAVIRT_PATCH(lock.wait),
	PARAVIRT_PATCH(lock.kick),
	PARAVIRT_PATCH(lock.queued_spin_lock_slowpath),
	PARAVIRT_PATCH(lock.queued_spin_unlock),
};

/*
 * Bring the sites of the phase to @state on this CPU, then serialise every
 * online CPU and wait until each has.  Interrupts are off only while this
 * CPU has poking_mm loaded; an NMI meanwhile that hits a site emulates it.
 */
static void pv_switch_phase_state(struct pv_switch *ctl,
				  enum paravirt_runtime_state state)
{
	struct mm_struct *prev;
	unsigned long flags;

	local_irq_save(flags);
	prev = text_poke_mm_load();
	pv_switch_write_all(ctl->patch, state, ctl->ops);
	text_poke_mm_unload(prev);
	local_irq_restore(flags);
	text_poke_sync();
	pv_switch_stats.syncs++;
	if (ctl->hook)
		ctl->hook(state, true);
}

/* Install the ops of the staged patch of @ctl phase by phase. */
static void pv_switch_phased(struct pv_switch *ctl)
{
	const struct pv_lock_ops *ops = &ctl->patch->ops;
	const u8 *phases = ops->queued_spin_lock_slowpath ==
			   native_pv_lock_ops.queued_spin_lock_slowpath ?
			   pv_phases_native : pv_phases_paravirt;
	void **slot;
	unsigned int i;
	u64 start;

	arch_atomic_set(&pv_switch_refs, 1);
	WRITE_ONCE(pv_switch_active, ctl);
	/*
	 * To native, a paravirt slowpath that began before this is over
	 * before the slowpath's phase ends its grace period; to paravirt, no
	 * paravirt slowpath runs before the slowpath's phase.  The syncs
	 * order this before any of them.
	 */
	WRITE_ONCE(paravirt_runtime_mixed, true);
	for (i = 0; i < PARAVIRT_RUNTIME_PHASES; i++) {
		start = ktime_get_ns();
		ctl->ops = PARAVIRT_RUNTIME_OP_BIT(phases[i]);
		WRITE_ONCE(ctl->emulate_new, false);
		pv_switch_phase_state(ctl, PARAVIRT_RUNTIME_INT3);
		synchronize_rcu();
		pv_switch_stats.grace_periods++;
		WRITE_ONCE(ctl->emulate_new, true);
		pv_switch_phase_state(ctl, PARAVIRT_RUNTIME_TAIL);
		/* Read by paravirt_runtime_target() for the op's sites. */
		slot = (void **)&pv_ops.lock + (phases[i] - PARAVIRT_PATCH(lock));
		WRITE_ONCE(*slot, paravirt_runtime_target(ops, phases[i]));
		pv_switch_phase_state(ctl, PARAVIRT_RUNTIME_HEAD);
		pv_switch_stats.phase_type[i] = phases[i];
		pv_switch_stats.phase_ns[i] = ktime_get_ns() - start;
	}
	/*
	 * The grace period of the phase after the slowpath's ended every
	 * slowpath of the old mode.  A paravirt slowpath that saw the flag
	 * may still run, but it takes the lock only with a cmpxchg, which
	 * is safe against the one that steals.
	 */
	WRITE_ONCE(paravirt_runtime_mixed, false);
}

/**
 * paravirt_runtime_install - switch the lock ops at every site
 * @ops:	the five lock ops to install, all together
 *
 * Stage @ops and rewrite every live site of vmlinux and of the loaded
 * modules whose text changes, then install @ops in pv_ops.lock.  The
 * caller makes sure that @ops can take over any lock state that the ops
 * in use leave behind (Documentation/x86/paravirt-runtime.rst).
 *
 * In stop_machine(), the primary CPU takes the switch through these
 * states, and every other CPU serialises and acknowledges each one before
 * the primary goes on to the next:
 *
 *  1. GATE: the breakpoint handler and the NMI gate see the switch;
 *  2. INT3: every site has INT3 on its first byte;
 *  3. TAIL: every site has its new text after the first byte;
 *  4. HEAD: every site has its new first byte, and pv_ops.lock @ops;
 *  5. DONE: the other CPUs leave stop_machine(), and the gate lets go.
 *
 * With "paravirt_runtime.engine=phased", the switch goes through the same
 * states once per op, under running CPUs, with a grace period in each
 * phase: see pv_switch_phased().
 *
 * Context: process context; takes cpus_read_lock() and text_mutex.
 * Return: 0; -EOPNOTSUPP if the phased engine would have to mix the
 * paravirt slowpath with the test-and-set one of virt_spin_lock(); or the
 * error from paravirt_runtime_stage() or from stop_machine_cpuslocked().
 * Nothing has changed on error.
 */
int paravirt_runtime_install(const struct pv_lock_ops *ops)
{
	struct paravirt_runtime_patch *patch;
	spinlock_t *ptl;	/* only to look up poking_mm's PTE once */
	u64 start;
	int ret;

	cpus_read_lock();
	mutex_lock(&text_mutex);
	/*
	 * With virt_spin_lock_key on, the native slowpath is a test-and-set
	 * lock that waits for the whole lock word to clear, which a queue of
	 * paravirt waiters that never drains never lets happen.  The phased
	 * engine runs both slowpaths at once, and its next grace period
	 * would wait for such a waiter.  Enabling the key takes text_mutex.
	 */
	if (pv_engine == PARAVIRT_RUNTIME_PHASED &&
	    static_key_enabled(&virt_spin_lock_key)) {
		ret = -EOPNOTSUPP;
		goto out;
	}
	patch = paravirt_runtime_stage(ops);
	if (IS_ERR(patch)) {
		ret = PTR_ERR(patch);
		goto out;
	}

	/* Preallocated by poking_init(); the lock is not needed later. */
	if (!poke_ptep) {
		poke_ptep = get_locked_pte(poking_mm, poking_addr, &ptl);
		pte_unmap_unlock(poke_ptep, ptl);
	}

	start = ktime_get_ns();
	pv_switch = (struct pv_switch) {
		.patch		= patch,
		.primary	= cpumask_first(cpu_online_mask),
		.state		= PARAVIRT_RUNTIME_STOP,
		.base		= pv_switch.base + PARAVIRT_RUNTIME_DONE,
		.hook		= pv_switch_hook,
		.phased		= pv_engine == PARAVIRT_RUNTIME_PHASED,
		.writer		= current,
		.ops		= ~0U,
	};
	memset(pv_switch_stats.phase_ns, 0, sizeof(pv_switch_stats.phase_ns));
	if (pv_switch.phased) {
		pv_switch_phased(&pv_switch);
		ret = 0;
	} else {
		ret = pv_switch_stop_machine(&pv_switch);
	}
	/* Over, but still visible to NMIs: a test may send some now. */
	if (!ret && pv_switch.hook)
		pv_switch.hook(PARAVIRT_RUNTIME_DONE, true);
	/*
	 * If the primary ran pv_switch_cpu(), every CPU has left it, and with
	 * it any breakpoint handler that an NMI in the gate delayed; wait for
	 * the gates and breakpoint handlers that may still be looking at the
	 * switch, so that the next one cannot start under them.  If
	 * stop_machine() failed before, the switch was never armed.
	 */
	if (READ_ONCE(pv_switch_active)) {
		/* The phased engine's breakpoint handlers may still run. */
		WRITE_ONCE(pv_switch_active, NULL);
		if (!atomic_dec_and_test(&pv_switch_refs))
			atomic_cond_read_acquire(&pv_switch_refs, !VAL);
	}
	if (ret) {
		/* pv_switch_cpu() returns 0: stop_machine() did not run it. */
		WARN_ON_ONCE(pv_switch.state != PARAVIRT_RUNTIME_STOP);
	} else {
		pv_switch_stats.last_ns = ktime_get_ns() - start;
		pv_switch_stats.last_engine = pv_engine;
		pv_switch_stats.switches++;
	}
	paravirt_runtime_unstage(patch);
out:
	mutex_unlock(&text_mutex);
	cpus_read_unlock();
	return ret;
}

/*
 * The lock ops that "native" and "paravirt" select, none until a
 * hypervisor names them: see paravirt_runtime_set_ops().
 */
static const struct pv_lock_ops *native_lock_ops;
static const struct pv_lock_ops *paravirt_lock_ops;
static paravirt_runtime_show_fn hypervisor_show;
/* Serialises switches, and reading the mode with them. */
static DEFINE_MUTEX(switch_lock);

/**
 * paravirt_runtime_set_ops - name the two sets of lock ops of this kernel
 * @native:	the ops that a switch to native installs; NULL for
 *		native_pv_lock_ops
 * @paravirt:	the ops that a switch to paravirt installs
 *
 * A hypervisor whose native mode keeps some paravirt op (KVM keeps its
 * vcpu_is_preempted) names it in @native.  The two sets must differ in
 * their slowpath, which tells the modes apart.  The caller makes sure
 * that @paravirt can run: for the PV queued spinlock, that the PV lock
 * hash exists, which only boot code can allocate (__pv_init_lock_hash()
 * is __init), and that either set can take over the lock state that the
 * other, and the ops the kernel booted with, leave behind.
 *
 * Until @paravirt has been named, every switch is refused: the ops in
 * use may be ones that a hypervisor installed at boot and that no set
 * can take over from (Xen, Hyper-V).  A NULL @paravirt withdraws both.
 */
void paravirt_runtime_set_ops(const struct pv_lock_ops *native,
			      const struct pv_lock_ops *paravirt)
{
	mutex_lock(&switch_lock);
	if (paravirt)
		native_lock_ops = native ?: &native_pv_lock_ops;
	else
		native_lock_ops = NULL;
	paravirt_lock_ops = paravirt;
	mutex_unlock(&switch_lock);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_set_ops);

/**
 * paravirt_runtime_get_ops - the two sets of lock ops of this kernel
 * @native:	receives the set that a switch to native installs
 * @paravirt:	receives the set that a switch to paravirt installs
 *
 * Either may be NULL: see paravirt_runtime_set_ops().
 */
void paravirt_runtime_get_ops(const struct pv_lock_ops **native,
			      const struct pv_lock_ops **paravirt)
{
	mutex_lock(&switch_lock);
	*native = native_lock_ops;
	*paravirt = paravirt_lock_ops;
	mutex_unlock(&switch_lock);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_get_ops);

/**
 * paravirt_runtime_set_show - add lines to x86/pv_lock_ops in debugfs
 * @show:	writes them to a buffer of a given size, returns their length
 *
 * This lets a hypervisor show what its choice of lock ops depends on.
 */
void paravirt_runtime_set_show(paravirt_runtime_show_fn show)
{
	mutex_lock(&switch_lock);
	hypervisor_show = show;
	mutex_unlock(&switch_lock);
}

/**
 * paravirt_runtime_native - whether the native lock ops are in use
 *
 * The slowpath tells the modes apart: see paravirt_runtime_set_ops().
 *
 * Return: true if pv_ops.lock holds the native slowpath.
 */
bool paravirt_runtime_native(void)
{
	return pv_ops.lock.queued_spin_lock_slowpath ==
	       native_pv_lock_ops.queued_spin_lock_slowpath;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_native);

/**
 * paravirt_runtime_switch - switch the lock ops to one mode
 * @native:	true for the native ops, false for the paravirt ones
 *
 * Switching to the mode in use does nothing.  Any other switch needs the
 * two sets of paravirt_runtime_set_ops().
 *
 * Context: process context; takes cpus_read_lock() and text_mutex.
 * Return: 0; -ENODEV if no hypervisor named the sets to switch between;
 * or an error from paravirt_runtime_install().  Nothing changes on error.
 */
int paravirt_runtime_switch(bool native)
{
	int ret;

	mutex_lock(&switch_lock);
	if (native == paravirt_runtime_native())
		ret = 0;
	else if (!paravirt_lock_ops)
		ret = -ENODEV;
	else
		ret = paravirt_runtime_install(native ? native_lock_ops :
					       paravirt_lock_ops);
	mutex_unlock(&switch_lock);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_switch);

/**
 * paravirt_runtime_get_stats - what the switches have done since boot
 * @st:		receives the figures
 */
void paravirt_runtime_get_stats(struct paravirt_runtime_stats *st)
{
	unsigned int i;

	mutex_lock(&text_mutex);
	*st = pv_switch_stats;
	mutex_unlock(&text_mutex);
	st->int3_primary = atomic_read(&int3_primary);
	st->int3_other = atomic_read(&int3_other);
	st->nmi_held = atomic_read(&nmi_held);
	for (i = 0; i < PARAVIRT_RUNTIME_EMU_KINDS; i++)
		st->emulated[i] = atomic_read(&emulated[i]);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_get_stats);

#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
/**
 * paravirt_runtime_set_hook - call a function at each state of a switch
 * @hook:	the function, or NULL
 *
 * With the phased engine, the task that switches calls @hook(state, true)
 * for each state INT3, TAIL and HEAD of every phase, in process context,
 * once every CPU has synced to that state, and
 * @hook(PARAVIRT_RUNTIME_DONE, true) at the end.  Otherwise:
 *
 * During each later switch the primary calls @hook(state, true) after it
 * has written state INT3, TAIL or HEAD and before the others acknowledge
 * it, and every other CPU calls @hook(state, false) once it has
 * acknowledged state GATE, INT3, TAIL or HEAD, all from stop_machine()
 * with interrupts off.  Once stop_machine() has returned, and while NMIs
 * still see the switch, the CPU that asked for it calls
 * @hook(PARAVIRT_RUNTIME_DONE, true) in process context.  This lets a
 * test make NMIs and breakpoints happen in the middle of a switch, and at
 * its very end.
 */
void paravirt_runtime_set_hook(paravirt_runtime_hook_fn hook)
{
	mutex_lock(&switch_lock);
	pv_switch_hook = hook;
	mutex_unlock(&switch_lock);
}

/**
 * paravirt_runtime_fail_stop_machine - make the next switch fail to stop
 * @err:	the error, negative
 *
 * The next switch finds that stop_machine() returned @err without running
 * anything on any CPU, as it does when it cannot queue its work.  This
 * lets a test check that such a switch writes nothing and reports @err.
 */
void paravirt_runtime_fail_stop_machine(int err)
{
	WRITE_ONCE(stop_machine_error, err);
}

/**
 * paravirt_runtime_set_gate_delay - make the NMI gate dawdle
 * @ms:		for how long, in milliseconds; 0 for not at all
 *
 * From now on, an NMI that finds a switch under way, or just over, waits
 * @ms in the gate before it looks at that switch any further, as if the
 * host preempted its vCPU there.
 */
void paravirt_runtime_set_gate_delay(unsigned int ms)
{
	WRITE_ONCE(gate_delay_ms, ms);
}

/* How many NMIs the gate has delayed since boot. */
unsigned int paravirt_runtime_gate_delayed(void)
{
	return atomic_read(&gate_delayed);
}
#endif

static int count_site(const struct paravirt_runtime_site *p, void *data)
{
	(*(unsigned int *)data)++;
	return 0;
}

static const char *pv_op_name(u8 type)
{
	switch (type) {
	case PARAVIRT_PATCH(lock.queued_spin_lock_slowpath):
		return "slowpath";
	case PARAVIRT_PATCH(lock.queued_spin_unlock):
		return "unlock";
	case PARAVIRT_PATCH(lock.wait):
		return "wait";
	case PARAVIRT_PATCH(lock.kick):
		return "kick";
	}
	return "?";
}

#ifdef CONFIG_PARAVIRT_RUNTIME_SELFTEST
/**
 * paravirt_runtime_phase_name - the op of a phase of the phased engine
 * @to_native:	the direction of the switch
 * @phase:	the phase, from 0
 *
 * Return: "slowpath", "unlock", "wait" or "kick".
 */
const char *paravirt_runtime_phase_name(bool to_native, unsigned int phase)
{
	const u8 *phases = to_native ? pv_phases_native : pv_phases_paravirt;

	return pv_op_name(phases[phase % PARAVIRT_RUNTIME_PHASES]);
}
#endif

/* The phases of the last switch, if the phased engine made it. */
static int pv_show_phases(const struct paravirt_runtime_stats *st,
			  char *buf, size_t size)
{
	unsigned int i;
	int len;

	if (!st->switches || st->last_engine != PARAVIRT_RUNTIME_PHASED)
		return 0;
	len = scnprintf(buf, size, "last switch's phases:");
	for (i = 0; i < PARAVIRT_RUNTIME_PHASES; i++)
		len += scnprintf(buf + len, size - len, " %s %llu ns%s",
				 pv_op_name(st->phase_type[i]), st->phase_ns[i],
				 i + 1 < PARAVIRT_RUNTIME_PHASES ? "," : "\n");
	return len;
}

static ssize_t pv_lock_ops_read(struct file *file, char __user *ubuf,
				size_t count, loff_t *ppos)
{
	const size_t size = 2048;
	struct paravirt_runtime_stats st;
	unsigned int sites = 0;
	bool native;
	ssize_t ret;
	char *buf;
	int len;

	buf = kmalloc(size, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	mutex_lock(&switch_lock);
	native = paravirt_runtime_native();
	paravirt_runtime_get_stats(&st);
	mutex_lock(&text_mutex);
	paravirt_runtime_walk(count_site, &sites);
	mutex_unlock(&text_mutex);

	len = scnprintf(buf, size,
			"mode: %s\nsites: %u\nswitches: %lu\nlast switch: %llu ns\n"
			"engine: %s\n",
			native ? "native" : "paravirt", sites, st.switches,
			st.last_ns, pv_engine_names[pv_engine]);
	len += pv_show_phases(&st, buf + len, size - len);
	len += scnprintf(buf + len, size - len,
			 "sync rounds: %lu\ngrace periods: %lu\n"
			 "breakpoints: primary %u, others %u\n"
			 "emulated: call %u, unlock %u, nop %u\n"
			 "nmis held: %u\n",
			 st.syncs, st.grace_periods, st.int3_primary,
			 st.int3_other, st.emulated[PARAVIRT_RUNTIME_EMU_CALL],
			 st.emulated[PARAVIRT_RUNTIME_EMU_UNLOCK],
			 st.emulated[PARAVIRT_RUNTIME_EMU_NOP], st.nmi_held);
	if (hypervisor_show)
		len += hypervisor_show(buf + len, size - len);
	mutex_unlock(&switch_lock);
	/* Its lock comes before switch_lock: see pv_auto_work_fn(). */
	len += paravirt_runtime_auto_show(buf + len, size - len);
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
	kfree(buf);
	return ret;
}

static ssize_t pv_lock_ops_write(struct file *file, const char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	char buf[16];
	bool native;
	int ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (count >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';

	if (sysfs_streq(buf, "auto")) {
		ret = paravirt_runtime_auto_set(true);
		if (ret)
			pr_warn_ratelimited("pv_lock_ops: no automatic mode here: it needs a steal clock and two sets of lock ops\n");
		return ret ?: count;
	}
	native = sysfs_streq(buf, "native");
	if (!native && !sysfs_streq(buf, "paravirt"))
		return -EINVAL;

	/* A mode that root chose ends the automatic one. */
	paravirt_runtime_auto_set(false);
	ret = paravirt_runtime_switch(native);
	if (ret == -ENODEV)
		pr_warn_ratelimited("pv_lock_ops: no lock ops offered to switch between\n");
	else if (ret == -EOPNOTSUPP)
		pr_warn_ratelimited("pv_lock_ops: the phased engine cannot switch while the native slowpath is test-and-set (virt_spin_lock_key)\n");
	return ret ?: count;
}

static const struct file_operations pv_lock_ops_fops = {
	.owner	= THIS_MODULE,
	.read	= pv_lock_ops_read,
	.write	= pv_lock_ops_write,
	.llseek	= default_llseek,
};

static int __init paravirt_runtime_debugfs_init(void)
{
	debugfs_create_file("pv_lock_ops", 0600, arch_debugfs_dir, NULL,
			    &pv_lock_ops_fops);
	return 0;
}
late_initcall(paravirt_runtime_debugfs_init);
