/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * arch/arm/plat-omap/include/plat/l3_2xxx.h - L3 firewall definitions
 *
 * Copyright (C) 2010 Texas Instruments Incorporated - https://www.ti.com/
 *	Sumit Semwal
 */
#ifndef __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L3_2XXX_H
#define __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L3_2XXX_H

/* L3 CONNIDs */
/* Display Sub system (DSS) */
#define OMAP2_L3_CORE_FW_CONNID_DSS			8

#endif
