/* SPDX-License-Identifier: GPL-2.0-only */
/* Copyright (c) 2015-2016, The Linux Foundation. All rights reserved.
*/

#ifndef _EMAC_PHY_H_
#define _EMAC_PHY_H_

struct emac_adapter;

int emac_phy_config(struct platform_device *pdev, struct emac_adapter *adpt);

#endif /* _EMAC_PHY_H_ */
