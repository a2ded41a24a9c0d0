/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (c) 2022, Linaro Ltd.
 */

#ifndef QCOM_PHY_QMP_PCS_V5_20_H_
#define QCOM_PHY_QMP_PCS_V5_20_H_

#define QPHY_V5_20_PCS_G3S2_PRE_GAIN			0x170
#define QPHY_V5_20_PCS_RX_SIGDET_LVL			0x188
#define QPHY_V5_20_PCS_EQ_CONFIG4			0x1e0
#define QPHY_V5_20_PCS_EQ_CONFIG5			0x1e4

#endif
