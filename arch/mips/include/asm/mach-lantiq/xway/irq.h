/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *
 *  Copyright (C) 2010 John Crispin <john@phrozen.org>
 */

#ifndef __LANTIQ_IRQ_H
#define __LANTIQ_IRQ_H

#include <lantiq_irq.h>

#define NR_IRQS 256

#include <asm/mach-generic/irq.h>

#endif
