/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * arch/arm/plat-omap/include/plat/l3_3xxx.h - L3 firewall definitions
 *
 * Copyright (C) 2010 Texas Instruments Incorporated - https://www.ti.com/
 *	Sumit Semwal
 */
#ifndef __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L3_3XXX_H
#define __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L3_3XXX_H

/* L3 Initiator IDs */
/* Display Sub system (DSS) */
#define OMAP3_L3_CORE_FW_INIT_ID_DSS			29

#endif
