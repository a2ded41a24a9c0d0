/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra186 SoCs
 *
 * Copyright (c) 2017 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X06_H
#define HOST1X_HOST1X06_H

struct host1x;

int host1x06_init(struct host1x *host);

#endif
