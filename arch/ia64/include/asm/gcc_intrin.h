/* SPDX-License-Identifier: GPL-2.0 */
/*
 *
 * Copyright (C) 2002,2003 Jun Nakajima <jun.nakajima@intel.com>
 * Copyright (C) 2002,2003 Suresh Siddha <suresh.b.siddha@intel.com>
 */
#ifndef _ASM_IA64_GCC_INTRIN_H
#define _ASM_IA64_GCC_INTRIN_H

#include <uapi/asm/gcc_intrin.h>

register unsigned long ia64_r13 asm ("r13") __used;
#endif /* _ASM_IA64_GCC_INTRIN_H */
