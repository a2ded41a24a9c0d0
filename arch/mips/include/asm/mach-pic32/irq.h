/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Joshua Henderson <joshua.henderson@microchip.com>
 * Copyright (C) 2015 Microchip Technology Inc.  All rights reserved.
 */
#ifndef __ASM_MACH_PIC32_IRQ_H
#define __ASM_MACH_PIC32_IRQ_H

#define NR_IRQS	256
#define MIPS_CPU_IRQ_BASE 0

#include <asm/mach-generic/irq.h>

#endif /* __ASM_MACH_PIC32_IRQ_H */
