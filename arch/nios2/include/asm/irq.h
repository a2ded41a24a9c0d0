/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2013 Altera Corporation
 * Copyright (C) 2011 Tobias Klauser <tklauser@distanz.ch>
 */

#ifndef _ASM_NIOS2_IRQ_H
#define _ASM_NIOS2_IRQ_H

#define NIOS2_CPU_NR_IRQS	32

#include <asm-generic/irq.h>

#endif
