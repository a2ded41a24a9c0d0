/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_MACH_MIPS_IRQ_H
#define __ASM_MACH_MIPS_IRQ_H


#define NR_IRQS 256

#include <asm/mach-generic/irq.h>

#endif /* __ASM_MACH_MIPS_IRQ_H */
