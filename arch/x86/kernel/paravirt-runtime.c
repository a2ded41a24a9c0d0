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
#include <linux/memory.h>
#include <linux/mutex.h>
#include <asm/paravirt.h>
#include <asm/sections.h>
#include <asm/text-patching.h>

/* Set, under text_mutex, before init text is freed. */
static bool init_text_freed;

/* Whether a site of vmlinux still holds text, rather than freed init memory. */
static bool site_is_live(const struct paravirt_runtime_site *p)
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
		    site_is_live(p))
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
