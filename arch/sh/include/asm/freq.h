/* SPDX-License-Identifier: GPL-2.0+
 *
 * include/asm-sh/freq.h
 *
 * Copyright (C) 2002, 2003 Paul Mundt
 */
#ifndef __ASM_SH_FREQ_H
#define __ASM_SH_FREQ_H

#include <cpu/freq.h>

#endif /* __ASM_SH_FREQ_H */
