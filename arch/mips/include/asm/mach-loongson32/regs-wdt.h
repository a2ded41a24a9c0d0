/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2011 Zhang, Keguang <keguang.zhang@gmail.com>
 *
 * Loongson 1 Watchdog Register Definitions.
 */

#ifndef __ASM_MACH_LOONGSON32_REGS_WDT_H
#define __ASM_MACH_LOONGSON32_REGS_WDT_H

#define WDT_EN			0x0
#define WDT_TIMER		0x4
#define WDT_SET			0x8

#endif /* __ASM_MACH_LOONGSON32_REGS_WDT_H */
