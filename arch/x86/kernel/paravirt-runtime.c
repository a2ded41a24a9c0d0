// SPDX-License-Identifier: GPL-2.0-only
/*
 * Call sites of the paravirt ops that can be switched while the kernel
 * runs: the five pv_ops.lock ops.
 *
 * Their sites are recorded in .parainstructions.runtime (see
 * paravirt_types.h), which is patched at boot like .parainstructions and,
 * unlike it, kept after init, in vmlinux and in every module.  Sites in
 * init text are recorded too; once that text is freed they must never be
 * touched again.
 *
 * Everything here that reads or changes which sites are live, or the text
 * at a site, is serialised by text_mutex.  See
 * Documentation/x86/paravirt-runtime.rst.
 */
#include <kunit/visibility.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/memory.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/overflow.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/insn.h>
#include <asm/paravirt-runtime.h>
#include <asm/paravirt.h>
#include <asm/sections.h>
#include <asm/text-patching.h>

static struct paravirt_runtime_sites vmlinux_sites = {
	.start		= __parainstructions_runtime,
	.end		= __parainstructions_runtime_end,
	.init_start	= (u8 *)__init_begin,
	.init_end	= (u8 *)__init_end,
};

/* The sites of loaded modules: their mod->arch.pv_runtime. */
static LIST_HEAD(module_sites);

/* Whether a site still holds text, rather than freed init memory. */
static bool site_live(const struct paravirt_runtime_sites *sites,
		      const struct paravirt_runtime_site *p)
{
	u8 *addr = paravirt_runtime_site_addr(p);

	return !sites->init_freed ||
	       addr < sites->init_start || addr >= sites->init_end;
}

static int walk_sites(const struct paravirt_runtime_sites *sites,
		      paravirt_runtime_site_fn fn, void *data)
{
	const struct paravirt_runtime_site *p;
	int ret;

	for (p = sites->start; p < sites->end; p++) {
		if (!site_live(sites, p))
			continue;
		ret = fn(p, data);
		if (ret)
			return ret;
	}
	return 0;
}

/**
 * paravirt_runtime_walk - call a function for every live runtime site
 * @fn:		called with each site of vmlinux, then of each module
 * @data:	passed to @fn
 *
 * Sites in init text that has been freed are skipped.  The caller holds
 * text_mutex, which keeps modules from coming and going meanwhile.
 *
 * Return: 0, or the first non-zero value @fn returned, which ends the walk.
 */
int paravirt_runtime_walk(paravirt_runtime_site_fn fn, void *data)
{
	const struct paravirt_runtime_sites *sites;
	int ret;

	lockdep_assert_held(&text_mutex);

	ret = walk_sites(&vmlinux_sites, fn, data);
	list_for_each_entry(sites, &module_sites, list) {
		if (ret)
			break;
		ret = walk_sites(sites, fn, data);
	}
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_walk);

/* Called by free_initmem() before the init sections are freed. */
void paravirt_runtime_free_init(void)
{
	mutex_lock(&text_mutex);
	vmlinux_sites.init_freed = true;
	mutex_unlock(&text_mutex);
}

struct text_range {
	u8 *start, *end;
};

static int site_overlaps(const struct paravirt_runtime_site *p, void *data)
{
	const struct text_range *range = data;
	u8 *addr = paravirt_runtime_site_addr(p);

	return addr <= range->end && addr + p->len > range->start;
}

/*
 * Whether [@start, @end] overlaps a live runtime site: such text is
 * rewritten when the ops are switched, so nothing else (kprobes) may
 * patch it.  Called by alternatives_text_reserved() with text_mutex held.
 */
bool paravirt_runtime_text_reserved(void *start, void *end)
{
	struct text_range range = { start, end };

	return paravirt_runtime_walk(site_overlaps, &range);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_text_reserved);

static bool within_text(const struct module_layout *layout, const u8 *addr,
			unsigned int len)
{
	const u8 *text = layout->base;

	return addr >= text && addr + len <= text + layout->text_size;
}

/**
 * paravirt_runtime_module_check - validate the runtime sites of a module
 * @mod:	the module being loaded
 * @start:	its .parainstructions.runtime
 * @size:	the size of that section
 *
 * Called by module_finalize() before anything is patched: a site that is
 * not an op that can be switched, or not in the module's text, would make
 * patching write elsewhere.
 *
 * Return: 0, or -ENOEXEC if the table is malformed.
 */
int paravirt_runtime_module_check(const struct module *mod,
				  const struct paravirt_runtime_site *start,
				  unsigned long size)
{
	unsigned int i;

	if (size % sizeof(*start)) {
		pr_err("%s: .parainstructions.runtime has a partial entry\n",
		       mod->name);
		return -ENOEXEC;
	}

	for (i = 0; i < size / sizeof(*start); i++) {
		const struct paravirt_runtime_site *p = start + i;
		u8 *addr = paravirt_runtime_site_addr(p);

		if (!PARAVIRT_RUNTIME_OP(p->type) || p->len < CALL_INSN_SIZE ||
		    p->len > MAX_INSN_SIZE ||
		    (!within_text(&mod->core_layout, addr, p->len) &&
		     !within_text(&mod->init_layout, addr, p->len))) {
			pr_err("%s: invalid runtime paravirt site %u: type %u, length %u, offset %d\n",
			       mod->name, i, p->type, p->len, p->instr_offset);
			return -ENOEXEC;
		}
	}
	return 0;
}

/* The lock-op sites in a .parainstructions table: they cannot be switched. */
static unsigned int plain_lock_sites(const struct paravirt_patch_site *start,
				     const struct paravirt_patch_site *end)
{
	const struct paravirt_patch_site *p;
	unsigned int n = 0;

	for (p = start; p < end; p++)
		n += !!PARAVIRT_RUNTIME_OP(p->type);
	return n;
}

/**
 * paravirt_runtime_module_check_plain - refuse lock-op sites out of reach
 * @mod:	the module being loaded
 * @start:	its .parainstructions
 * @size:	the size of that section
 *
 * Called by module_finalize() before anything is patched.  A module built
 * without CONFIG_PARAVIRT_RUNTIME records its lock-op sites in plain
 * .parainstructions: they would be patched once, now, and never switched,
 * and after a switch their native unlock could meet a lock that a
 * paravirt slowpath left in the slow state.
 *
 * Return: 0, or -ENOEXEC if the module has such sites.
 */
int paravirt_runtime_module_check_plain(const struct module *mod,
					const struct paravirt_patch_site *start,
					unsigned long size)
{
	unsigned int n = plain_lock_sites(start, start + size / sizeof(*start));

	if (!n)
		return 0;
	pr_err("%s: lock-op call sites outside .parainstructions.runtime (%u), which a switch cannot reach: built without CONFIG_PARAVIRT_RUNTIME?\n",
	       mod->name, n);
	return -ENOEXEC;
}

/*
 * The same holds for vmlinux, whose .parainstructions is still there:
 * no lock-op site may have missed the runtime table.
 */
static int __init paravirt_runtime_check_vmlinux(void)
{
	unsigned int n = plain_lock_sites(__parainstructions,
					  __parainstructions_end);

	WARN(n, "%u lock-op call sites of vmlinux are outside .parainstructions.runtime\n",
	     n);
	return 0;
}
early_initcall(paravirt_runtime_check_vmlinux);

/* Bring a site of a module being loaded to the ops in use now. */
static int settle_site(const struct paravirt_runtime_site *p, void *data)
{
	u8 buf[MAX_INSN_SIZE];
	int ret = paravirt_runtime_site_text(p, &pv_ops.lock, buf);

	if (!WARN_ON_ONCE(ret < 0) && ret)
		text_poke_early(paravirt_runtime_site_addr(p), buf, p->len);
	return 0;
}

/**
 * paravirt_runtime_module_add - register the runtime sites of a module
 * @mod:	the module being loaded, whose text is not yet executable
 * @start:	its .parainstructions.runtime, already checked
 * @end:	the end of that section
 *
 * Called by module_finalize() after the module's ALTERNATIVEs have been
 * applied.  Those follow X86_FEATURE_PVUNLOCK and X86_FEATURE_VCPUPREEMPT,
 * which reflect the mode the kernel booted in, not necessarily the ops in
 * use now, so every site is rewritten here, under text_mutex, to what
 * paravirt_runtime_insn() gives for the current pv_ops.lock: a module gets
 * the mode in use whenever it is loaded.
 */
void paravirt_runtime_module_add(struct module *mod,
				 struct paravirt_runtime_site *start,
				 struct paravirt_runtime_site *end)
{
	struct paravirt_runtime_sites *sites = &mod->arch.pv_runtime;

	if (start == end)
		return;

	sites->start = start;
	sites->end = end;
	sites->init_start = mod->init_layout.base;
	sites->init_end = sites->init_start + mod->init_layout.text_size;

	mutex_lock(&text_mutex);
	walk_sites(sites, settle_site, NULL);
	list_add_tail(&sites->list, &module_sites);
	mutex_unlock(&text_mutex);
}

/* Called by module_arch_cleanup(): the module's text is about to go. */
void paravirt_runtime_module_del(struct module *mod)
{
	struct paravirt_runtime_sites *sites = &mod->arch.pv_runtime;

	if (!sites->start)
		return;

	mutex_lock(&text_mutex);
	list_del(&sites->list);
	mutex_unlock(&text_mutex);
}

/* Called by module_arch_freeing_init() before init text is freed. */
void paravirt_runtime_module_free_init(struct module *mod)
{
	mutex_lock(&text_mutex);
	mod->arch.pv_runtime.init_freed = true;
	mutex_unlock(&text_mutex);
}

/* What boot-time ALTERNATIVEs write for the native unlock: movb $0, (%rdi) */
static const u8 native_unlock_insn[] = { 0xc6, 0x07, 0x00 };

/**
 * paravirt_runtime_emulatable - whether a breakpoint can execute a site's text
 * @text:	the text of a site
 * @len:	its length
 *
 * Boot-time patching and paravirt_runtime_insn() write three kinds of text
 * at a site: a CALL rel32, the native unlock or nothing, each padded to
 * the site's length with the NOPs of add_nops().  The breakpoint handler
 * of a switch executes exactly these by emulation, and a switch refuses
 * to stage a site that holds, or is to hold, anything else.
 *
 * Return: true if @text is one of the three kinds.
 */
bool paravirt_runtime_emulatable(const u8 *text, unsigned int len)
{
	unsigned int used = 0;
	u8 nops[MAX_INSN_SIZE];

	if (len > MAX_INSN_SIZE)
		return false;
	if (len >= CALL_INSN_SIZE && text[0] == CALL_INSN_OPCODE)
		used = CALL_INSN_SIZE;
	else if (len >= sizeof(native_unlock_insn) &&
		 !memcmp(text, native_unlock_insn, sizeof(native_unlock_insn)))
		used = sizeof(native_unlock_insn);
	add_nops(nops, len - used);
	return !memcmp(text + used, nops, len - used);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_emulatable);

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
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_target);

/**
 * paravirt_runtime_insn - the text of a runtime site for a given target
 * @type:	PARAVIRT_PATCH() of the site's op
 * @target:	the op's implementation, a value of pv_ops.lock.<op>
 * @addr:	where the site is
 * @len:	the site's length
 * @buf:	receives @len bytes
 *
 * Fill @buf with what boot-time patching writes at the site when the op is
 * @target: the native inline unlock sequence that an ALTERNATIVE in
 * paravirt.h substitutes, nothing for paravirt_nop, or else a direct CALL
 * to @target; the rest is padded with NOPs.
 *
 * Return: 0, or -EINVAL when @type is not an op that can be switched at
 * runtime, @target is NULL or @len does not fit a CALL or an instruction.
 */
int paravirt_runtime_insn(u8 type, const void *target, const u8 *addr,
			  unsigned int len, u8 *buf)
{
	unsigned int used = 0;

	if (!PARAVIRT_RUNTIME_OP(type) || !target || len < CALL_INSN_SIZE ||
	    len > MAX_INSN_SIZE)
		return -EINVAL;

	if (type == PARAVIRT_PATCH(lock.queued_spin_unlock) &&
	    target == native_pv_lock_ops.queued_spin_unlock.func) {
		used = sizeof(native_unlock_insn);
		memcpy(buf, native_unlock_insn, used);
	} else if (target != paravirt_nop) {
		__text_gen_insn(buf, CALL_INSN_OPCODE, addr, target,
				CALL_INSN_SIZE);
		used = CALL_INSN_SIZE;
	}
	add_nops(buf + used, len - used);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_insn);

/**
 * paravirt_runtime_site_text - the text of a runtime site for a set of ops
 * @p:		the site
 * @ops:	a set of lock ops
 * @buf:	receives what the site holds when @ops is in use
 *
 * Return: 0 if the site holds @buf already, 1 if it does not, or the
 * error from paravirt_runtime_insn().
 */
int paravirt_runtime_site_text(const struct paravirt_runtime_site *p,
			       const struct pv_lock_ops *ops, u8 *buf)
{
	void *target = paravirt_runtime_target(ops, p->type);
	u8 *addr = paravirt_runtime_site_addr(p);
	int ret;

	ret = paravirt_runtime_insn(p->type, target, addr, p->len, buf);
	if (ret)
		return ret;
	return !!memcmp(addr, buf, p->len);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_site_text);

/*
 * The page of kernel text at @addr: in vmlinux, init and exit text
 * included, or in a module.  core_kernel_text() will not do: it leaves
 * out exit text, and init text once it starts to be freed.
 */
static struct page *text_page(unsigned long addr)
{
	if (__is_kernel(addr))
		return virt_to_page(addr);
	if (is_vmalloc_or_module_addr((void *)addr))
		return vmalloc_to_page((void *)addr);
	return NULL;
}

/*
 * The PTEs that map the page(s) of a site at poking_addr, for writes that
 * must not look pages up: from stop_machine() and the breakpoint handler.
 */
static int map_site(struct paravirt_runtime_patch_site *site)
{
	pgprot_t prot = __pgprot(pgprot_val(PAGE_KERNEL) & ~_PAGE_GLOBAL);
	unsigned long first = (unsigned long)site->addr & PAGE_MASK;
	unsigned long last = (unsigned long)(site->addr + site->len - 1) & PAGE_MASK;
	unsigned int i;

	for (i = 0; i < 2; i++) {
		unsigned long addr = first + i * PAGE_SIZE;
		struct page *page;

		if (addr > last) {
			site->map[i] = __pte(0);
			continue;
		}
		page = text_page(addr);
		if (WARN(!page, "runtime paravirt site %pS has no page\n",
			 site->addr))
			return -EFAULT;
		site->map[i] = mk_pte(page, prot);
	}
	return 0;
}

struct stage_walk {
	const struct pv_lock_ops *ops;
	struct paravirt_runtime_patch *patch;	/* NULL while counting */
	unsigned int nr_sites;
};

static int stage_site(const struct paravirt_runtime_site *p, void *data)
{
	struct stage_walk *walk = data;
	struct paravirt_runtime_patch_site *site;
	u8 buf[MAX_INSN_SIZE];
	u8 *addr;
	int ret;

	ret = paravirt_runtime_site_text(p, walk->ops, buf);
	if (ret <= 0)
		return ret;

	addr = paravirt_runtime_site_addr(p);
	if (!paravirt_runtime_emulatable(addr, p->len) ||
	    !paravirt_runtime_emulatable(buf, p->len)) {
		pr_err("runtime paravirt site %pS: %*ph to %*ph, a breakpoint could not execute it\n",
		       addr, p->len, addr, p->len, buf);
		return -EINVAL;
	}

	if (walk->patch) {
		if (WARN_ON_ONCE(walk->nr_sites >= walk->patch->nr_sites))
			return -EINVAL;
		site = &walk->patch->sites[walk->nr_sites];
		site->addr = addr;
		site->len = p->len;
		site->type = p->type;
		memcpy(site->insn, buf, p->len);
		memcpy(site->old, addr, p->len);
		ret = map_site(site);
		if (ret)
			return ret;
	}
	walk->nr_sites++;
	return 0;
}

/**
 * paravirt_runtime_stage - prepare to install a set of lock ops
 * @ops:	the five lock ops to switch to, all together
 *
 * Generate the text that every live runtime site must hold once @ops is
 * in use, and keep the sites whose text changes, sorted by address, for
 * the runtime patcher.  No text is written.  The caller holds text_mutex
 * from here until the patch is installed or dropped, so that no module
 * comes or goes and no init text is freed in between.
 *
 * Return: the staged patch, to free with paravirt_runtime_unstage(); or
 * ERR_PTR(-EINVAL) if @ops lacks an op, has another vcpu_is_preempted
 * than the one in use, sites overlap, or a site holds or is to hold text
 * that paravirt_runtime_emulatable() refuses; ERR_PTR(-EFAULT) if the page
 * of a site cannot be found; or ERR_PTR(-ENOMEM).
 */
struct paravirt_runtime_patch *paravirt_runtime_stage(const struct pv_lock_ops *ops)
{
	struct stage_walk walk = { .ops = ops };
	struct paravirt_runtime_patch *patch;
	unsigned int i;
	u8 type;
	int ret;

	BUILD_BUG_ON(PARAVIRT_RUNTIME_SITE_MAX != MAX_INSN_SIZE);
	lockdep_assert_held(&text_mutex);

	for (type = PARAVIRT_PATCH(lock); PARAVIRT_RUNTIME_OP(type); type++) {
		if (!paravirt_runtime_target(ops, type))
			return ERR_PTR(-EINVAL);
	}
	/*
	 * vcpu_is_preempted is called with preemption enabled, for instance
	 * by rtmutex_spin_on_owner() under rcu_read_lock(): a task preempted
	 * in its site or its callee would resume in rewritten text.  It must
	 * stay what it is.
	 */
	if (ops->vcpu_is_preempted.func != pv_ops.lock.vcpu_is_preempted.func)
		return ERR_PTR(-EINVAL);

	ret = paravirt_runtime_walk(stage_site, &walk);
	if (ret)
		return ERR_PTR(ret);

	patch = kvmalloc(struct_size(patch, sites, walk.nr_sites), GFP_KERNEL);
	if (!patch)
		return ERR_PTR(-ENOMEM);
	patch->ops = *ops;
	patch->nr_sites = walk.nr_sites;

	walk.patch = patch;
	walk.nr_sites = 0;
	ret = paravirt_runtime_walk(stage_site, &walk);
	if (!ret && WARN_ON_ONCE(walk.nr_sites != patch->nr_sites))
		ret = -EINVAL;

	sort(patch->sites, patch->nr_sites, sizeof(patch->sites[0]),
	     paravirt_runtime_cmp_site, NULL);
	for (i = 1; !ret && i < patch->nr_sites; i++) {
		const struct paravirt_runtime_patch_site *prev = &patch->sites[i - 1];

		if (WARN(prev->addr + prev->len > patch->sites[i].addr,
			 "runtime paravirt sites %pS and %pS overlap\n",
			 prev->addr, patch->sites[i].addr))
			ret = -EINVAL;
	}

	if (ret) {
		kvfree(patch);
		return ERR_PTR(ret);
	}
	return patch;
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_stage);

/**
 * paravirt_runtime_unstage - drop a patch from paravirt_runtime_stage()
 * @patch:	the patch, installed or not
 *
 * The caller still holds the text_mutex it staged @patch under.
 */
void paravirt_runtime_unstage(struct paravirt_runtime_patch *patch)
{
	lockdep_assert_held(&text_mutex);
	kvfree(patch);
}
EXPORT_SYMBOL_IF_KUNIT(paravirt_runtime_unstage);
