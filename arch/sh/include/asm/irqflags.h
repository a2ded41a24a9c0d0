/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SH_IRQFLAGS_H
#define __ASM_SH_IRQFLAGS_H

#define ARCH_IRQ_DISABLED	0xf0
#define ARCH_IRQ_ENABLED	0x00

#include <asm-generic/irqflags.h>

#endif /* __ASM_SH_IRQFLAGS_H */
