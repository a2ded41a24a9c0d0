/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2008 Freescale Semiconductor, Inc. All rights reserved.
 *
 * Prototypes for ADS5121 specific code
 */

#ifndef __MPC512ADS_H__
#define __MPC512ADS_H__
extern void __init mpc5121_ads_cpld_map(void);
extern void __init mpc5121_ads_cpld_pic_init(void);
#endif				/* __MPC512ADS_H__ */
