/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_MACH_RALINK_IRQ_H
#define __ASM_MACH_RALINK_IRQ_H

#define GIC_NUM_INTRS	64
#define NR_IRQS 256

#include <asm/mach-generic/irq.h>

#endif
