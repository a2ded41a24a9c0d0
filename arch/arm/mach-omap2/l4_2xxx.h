/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * arch/arm/plat-omap/include/plat/l4_2xxx.h - L4 firewall definitions
 *
 * Copyright (C) 2010 Texas Instruments Incorporated - https://www.ti.com/
 *	Sumit Semwal
 */
#ifndef __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L4_2XXX_H
#define __ARCH_ARM_PLAT_OMAP_INCLUDE_PLAT_L4_2XXX_H

/* L4 CORE */
/* Display Sub system (DSS) */
#define OMAP2420_L4_CORE_FW_DSS_CORE_REGION			28
#define OMAP2420_L4_CORE_FW_DSS_DISPC_REGION			29
#define OMAP2420_L4_CORE_FW_DSS_RFBI_REGION			30
#define OMAP2420_L4_CORE_FW_DSS_VENC_REGION			31
#define OMAP2420_L4_CORE_FW_DSS_TA_REGION			32

#endif
