/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_MODULE_H
#define _ASM_X86_MODULE_H

#include <linux/types.h>
#include <asm-generic/module.h>
#include <asm/orc_types.h>

struct paravirt_runtime_site;

/*
 * The runtime paravirt sites of vmlinux or of a module, and the init text
 * among them that is freed after init (arch/x86/kernel/paravirt-runtime.c).
 */
struct paravirt_runtime_sites {
	struct list_head list;
	struct paravirt_runtime_site *start, *end;
	u8 *init_start, *init_end;
	bool init_freed;
};

struct mod_arch_specific {
#ifdef CONFIG_UNWINDER_ORC
	unsigned int num_orcs;
	int *orc_unwind_ip;
	struct orc_entry *orc_unwind;
#endif
#ifdef CONFIG_PARAVIRT_RUNTIME
	struct paravirt_runtime_sites pv_runtime;
#endif
};

#endif /* _ASM_X86_MODULE_H */
