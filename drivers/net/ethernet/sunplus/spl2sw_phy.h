/* SPDX-License-Identifier: GPL-2.0 */
/* Copyright Sunplus Technology Co., Ltd.
 *       All rights reserved.
 */

#ifndef __SPL2SW_PHY_H__
#define __SPL2SW_PHY_H__

int  spl2sw_phy_connect(struct spl2sw_common *comm);
void spl2sw_phy_remove(struct spl2sw_common *comm);

#endif
