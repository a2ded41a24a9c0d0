/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_PARAVIRT_RUNTIME_H
#define _ASM_X86_PARAVIRT_RUNTIME_H

/*
 * Switching the pv_ops.lock ops of a running kernel: the runtime table of
 * their call sites, the generator of their text, the switch and its
 * hooks.  See Documentation/x86/paravirt-runtime.rst.
 */
#include <linux/types.h>

struct module;
struct paravirt_patch_site;
struct paravirt_runtime_site;
struct pt_regs;

#ifdef CONFIG_PARAVIRT_RUNTIME
#include <asm/paravirt_types.h>

/* A call site of a pv_ops.lock op, in .parainstructions.runtime. */
struct paravirt_runtime_site {
	s32 instr_offset;	/* the site, relative to this field */
	u8 type;		/* PARAVIRT_PATCH() of its op */
	u8 len;			/* length of the site */
} __packed;

static inline u8 *paravirt_runtime_site_addr(const struct paravirt_runtime_site *p)
{
	return (u8 *)&p->instr_offset + p->instr_offset;
}

extern struct paravirt_runtime_site __parainstructions_runtime[],
	__parainstructions_runtime_end[];

extern const struct pv_lock_ops native_pv_lock_ops;

typedef int (*paravirt_runtime_site_fn)(const struct paravirt_runtime_site *p,
					void *data);
int paravirt_runtime_walk(paravirt_runtime_site_fn fn, void *data);
void *paravirt_runtime_target(const struct pv_lock_ops *ops, u8 type);
int paravirt_runtime_insn(u8 type, const void *target, const u8 *addr,
			  unsigned int len, u8 *buf);
int paravirt_runtime_site_text(const struct paravirt_runtime_site *p,
			       const struct pv_lock_ops *ops, u8 *buf);

/* The longest site: MAX_INSN_SIZE */
#define PARAVIRT_RUNTIME_SITE_MAX	15

/* A site whose text changes when a set of lock ops is installed. */
struct paravirt_runtime_patch_site {
	u8 *addr;
	u8 len;
	u8 type;		/* PARAVIRT_PATCH() of its op */
	u8 insn[PARAVIRT_RUNTIME_SITE_MAX];	/* the new text */
	u8 old[PARAVIRT_RUNTIME_SITE_MAX];	/* the text it replaces */
	pte_t map[2];		/* maps its page(s) at poking_addr */
};

/* The bit of the op of PARAVIRT_PATCH() @type in a set of ops. */
#define PARAVIRT_RUNTIME_OP_BIT(type)	BIT((type) - PARAVIRT_PATCH(lock))

bool paravirt_runtime_emulatable(const u8 *text, unsigned int len);
bool paravirt_runtime_emulate(struct pt_regs *regs, const u8 *addr,
			      unsigned int len, const u8 *text);

/* Order two staged sites by address, for sort() and bsearch(). */
static __always_inline int paravirt_runtime_cmp_site(const void *a, const void *b)
{
	const struct paravirt_runtime_patch_site *x = a, *y = b;

	if (x->addr == y->addr)
		return 0;
	return x->addr < y->addr ? -1 : 1;
}

/* A set of lock ops staged for the runtime patcher, see paravirt_runtime_stage(). */
struct paravirt_runtime_patch {
	struct pv_lock_ops ops;
	unsigned int nr_sites;
	struct paravirt_runtime_patch_site sites[];	/* by address */
};

struct paravirt_runtime_patch *paravirt_runtime_stage(const struct pv_lock_ops *ops);
void paravirt_runtime_unstage(struct paravirt_runtime_patch *patch);
int paravirt_runtime_install(const struct pv_lock_ops *ops);
void paravirt_runtime_set_ops(const struct pv_lock_ops *native,
			      const struct pv_lock_ops *paravirt);
void paravirt_runtime_get_ops(const struct pv_lock_ops **native,
			      const struct pv_lock_ops **paravirt);
int paravirt_runtime_switch(bool native);
bool paravirt_runtime_native(void);
typedef int (*paravirt_runtime_show_fn)(char *buf, size_t size);
void paravirt_runtime_set_show(paravirt_runtime_show_fn show);

/* How a switch rewrites the sites: see paravirt_runtime_install(). */
enum paravirt_runtime_engine {
	PARAVIRT_RUNTIME_STOP_MACHINE,	/* all sites in one stop_machine() */
	PARAVIRT_RUNTIME_PHASED,	/* op by op, under running CPUs */
};

enum paravirt_runtime_engine paravirt_runtime_engine(void);
const char *paravirt_runtime_engine_name(enum paravirt_runtime_engine engine);

/* The phases of a switch by the phased engine: one per op that changes. */
#define PARAVIRT_RUNTIME_PHASES		4

/* The kinds of text that a breakpoint at a site executes by emulation. */
enum paravirt_runtime_emulated {
	PARAVIRT_RUNTIME_EMU_CALL,	/* CALL rel32 */
	PARAVIRT_RUNTIME_EMU_UNLOCK,	/* movb $0, (%rdi) */
	PARAVIRT_RUNTIME_EMU_NOP,	/* NOPs only */
	PARAVIRT_RUNTIME_EMU_KINDS,
};

/* What the runtime switches have done since boot. */
struct paravirt_runtime_stats {
	unsigned long switches;
	unsigned long syncs;		/* rounds of acknowledgments */
	unsigned long grace_periods;	/* waited for by the phased engine */
	u64 last_ns;			/* duration of the last switch */
	enum paravirt_runtime_engine last_engine;
	/* The phased engine's last switch: each phase's op and duration. */
	u8 phase_type[PARAVIRT_RUNTIME_PHASES];
	u64 phase_ns[PARAVIRT_RUNTIME_PHASES];
	unsigned int int3_primary;	/* breakpoints at sites, on the primary */
	unsigned int int3_other;	/* ... and on the other CPUs */
	unsigned int nmi_held;		/* NMIs held until a switch ended */
	/* Breakpoints completed by emulating the site's text, by kind. */
	unsigned int emulated[PARAVIRT_RUNTIME_EMU_KINDS];
};

void paravirt_runtime_get_stats(struct paravirt_runtime_stats *st);

/* The states of a lock-op switch: see paravirt_runtime_install(). */
enum paravirt_runtime_state {
	PARAVIRT_RUNTIME_STOP,	/* stop_machine() gathers the CPUs */
	PARAVIRT_RUNTIME_GATE,	/* the others' NMIs wait in the gate */
	PARAVIRT_RUNTIME_INT3,	/* INT3 on the first byte of every site */
	PARAVIRT_RUNTIME_TAIL,	/* the new text after the first byte */
	PARAVIRT_RUNTIME_HEAD,	/* the new first byte, and the new ops */
	PARAVIRT_RUNTIME_DONE,	/* over */
};

/*
 * @primary is true on the CPU that writes the sites.  The phased engine
 * calls the hook on that CPU only, in process context, once each state of
 * a phase is visible to every CPU.
 */
typedef void (*paravirt_runtime_hook_fn)(enum paravirt_runtime_state state,
					 bool primary);
void paravirt_runtime_set_hook(paravirt_runtime_hook_fn hook);
const char *paravirt_runtime_phase_name(bool to_native, unsigned int phase);
void paravirt_runtime_fail_stop_machine(int err);
void paravirt_runtime_set_gate_delay(unsigned int ms);
unsigned int paravirt_runtime_gate_delayed(void);

/*
 * The automatic mode: see paravirt-runtime-auto.c.  A sample is busy if
 * its steal reaches busy_permille of the online CPUs' time; the mode
 * switches on the share of a window's wall time, in per mille, that busy
 * samples cover.  Windows are in ms of wall time.
 */
struct paravirt_runtime_auto_params {
	unsigned int busy_permille;	/* a sample with this much steal */
	unsigned int enter_share;	/* to paravirt once busy ones cover */
	unsigned int enter_ms;		/* this much of this window */
	unsigned int leave_share;	/* to native once they cover less */
	unsigned int leave_ms;		/* than this of this window */
	unsigned int interval_ms;	/* between two switches at least */
};

extern const struct paravirt_runtime_auto_params paravirt_runtime_auto_defaults;

/* A sample every this many ms, which the ring holds for this many. */
#define PARAVIRT_RUNTIME_AUTO_PERIOD_MS	100
#define PARAVIRT_RUNTIME_AUTO_SAMPLES	128

/* A steal clock reading of a CPU, or the last one the mode used. */
struct paravirt_runtime_auto_cpu {
	u64 steal;
	bool online;
};

enum paravirt_runtime_auto_why {
	PARAVIRT_RUNTIME_AUTO_WARMING,	/* the window is not full yet */
	PARAVIRT_RUNTIME_AUTO_STEADY,	/* the mode fits the steal */
	PARAVIRT_RUNTIME_AUTO_ENTER,	/* to paravirt */
	PARAVIRT_RUNTIME_AUTO_LEAVE,	/* to native */
	PARAVIRT_RUNTIME_AUTO_TOO_SOON,	/* due, but held back */
};

/* The steal per mille over a window, or -1, and how much was busy. */
struct paravirt_runtime_auto_window {
	int steal;
	unsigned int busy_ms;	/* the wall time of its busy samples */
	unsigned int ms;	/* and of all of them */
};

struct paravirt_runtime_auto_decision {
	struct paravirt_runtime_auto_window enter;	/* over enter_ms */
	struct paravirt_runtime_auto_window leave;	/* over leave_ms */
	bool native;		/* the mode it was taken in */
	enum paravirt_runtime_auto_why why;
};

struct paravirt_runtime_auto {
	const struct paravirt_runtime_auto_params *p;
	struct paravirt_runtime_auto_cpu *cpus;	/* the last reading of each */
	unsigned int nr_cpus;
	/* Zeroed when the mode starts, from here to the end. */
	struct {
		u64 at;		/* when it was taken */
		u64 wall;	/* since the sample before */
		u64 steal;	/* over the CPUs online in both */
		u64 time;	/* wall times their number */
	} ring[PARAVIRT_RUNTIME_AUTO_SAMPLES];
	unsigned int head, count;	/* the next slot, and the used ones */
	u64 last_ns;			/* the last sample, 0 before the first */
	u64 switched_ns;		/* the last switch, 0 before the first */
	struct paravirt_runtime_auto_decision last;
	unsigned long samples, switches, failed, suppressed;
	unsigned long backwards, jumps;	/* steal clock anomalies */
};

bool paravirt_runtime_auto_sample(struct paravirt_runtime_auto *a, u64 now,
				  const struct paravirt_runtime_auto_cpu *cpus,
				  bool native);
void paravirt_runtime_auto_switched(struct paravirt_runtime_auto *a, u64 now,
				    int err);
const char *paravirt_runtime_auto_why_name(enum paravirt_runtime_auto_why why);
int paravirt_runtime_auto_set(bool on);
void paravirt_runtime_auto_defer(const char *what);
int paravirt_runtime_auto_show(char *buf, size_t size);

void apply_paravirt_runtime(struct paravirt_runtime_site *start,
			    struct paravirt_runtime_site *end);
bool paravirt_runtime_text_reserved(void *start, void *end);
void paravirt_runtime_free_init(void);
int paravirt_runtime_module_check(const struct module *mod,
				  const struct paravirt_runtime_site *start,
				  unsigned long size);
int paravirt_runtime_module_check_plain(const struct module *mod,
					const struct paravirt_patch_site *start,
					unsigned long size);
void paravirt_runtime_module_add(struct module *mod,
				 struct paravirt_runtime_site *start,
				 struct paravirt_runtime_site *end);
void paravirt_runtime_module_del(struct module *mod);
void paravirt_runtime_module_free_init(struct module *mod);
bool paravirt_runtime_int3(struct pt_regs *regs);
void paravirt_runtime_nmi_gate(void);
#else
static inline void apply_paravirt_runtime(struct paravirt_runtime_site *start,
					  struct paravirt_runtime_site *end)
{}
static inline bool paravirt_runtime_text_reserved(void *start, void *end)
{
	return false;
}

static inline void paravirt_runtime_free_init(void) {}
static inline int
paravirt_runtime_module_check(const struct module *mod,
			      const struct paravirt_runtime_site *start,
			      unsigned long size)
{
	return 0;
}

static inline int
paravirt_runtime_module_check_plain(const struct module *mod,
				    const struct paravirt_patch_site *start,
				    unsigned long size)
{
	return 0;
}

static inline void
paravirt_runtime_module_add(struct module *mod,
			    struct paravirt_runtime_site *start,
			    struct paravirt_runtime_site *end)
{}
static inline void paravirt_runtime_module_del(struct module *mod) {}
static inline void paravirt_runtime_module_free_init(struct module *mod) {}
static __always_inline bool paravirt_runtime_int3(struct pt_regs *regs)
{
	return false;
}

static __always_inline void paravirt_runtime_nmi_gate(void) {}
#define __parainstructions_runtime	NULL
#define __parainstructions_runtime_end	NULL
#endif

#endif /* _ASM_X86_PARAVIRT_RUNTIME_H */
