/* SPDX-License-Identifier: GPL-2.0
 *
 * include/asm-sh/cpu-sh2/freq.h
 *
 * Copyright (C) 2006  Yoshinori Sato
 */
#ifndef __ASM_CPU_SH2_FREQ_H
#define __ASM_CPU_SH2_FREQ_H

#if defined(CONFIG_CPU_SUBTYPE_SH7619)
#define FREQCR	0xf815ff80
#endif

#endif /* __ASM_CPU_SH2_FREQ_H */

