/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (c) 2022 NVIDIA Corporation.
 */

#ifndef HOST1X_HW_HOST1X08_CHANNEL_H
#define HOST1X_HW_HOST1X08_CHANNEL_H

#define HOST1X_CHANNEL_SMMU_STREAMID 0x084

#endif
