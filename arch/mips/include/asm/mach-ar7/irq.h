/*
 * This file is subject to the terms and conditions of the GNU General Public
 * License.  See the file "COPYING" in the main directory of this archive
 * for more details.
 *
 * Shamelessly copied from asm-mips/mach-emma2rh/
 * Copyright (C) 2003 by Ralf Baechle
 */
#ifndef __ASM_AR7_IRQ_H
#define __ASM_AR7_IRQ_H

#define NR_IRQS 256

#include <asm/mach-generic/irq.h>

#endif /* __ASM_AR7_IRQ_H */
