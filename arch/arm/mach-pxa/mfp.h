/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * arch/arm/mach-pxa/include/mach/mfp.h
 *
 * Multi-Function Pin Definitions
 *
 * Copyright (C) 2007 Marvell International Ltd.
 *
 * 2007-8-21: eric miao <eric.miao@marvell.com>
 *            initial version
 */

#ifndef __ASM_ARCH_MFP_H
#define __ASM_ARCH_MFP_H

#include <linux/soc/pxa/mfp.h>

#endif /* __ASM_ARCH_MFP_H */
