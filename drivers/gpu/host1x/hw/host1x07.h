/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra194 SoCs
 *
 * Copyright (c) 2018 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X07_H
#define HOST1X_HOST1X07_H

struct host1x;

int host1x07_init(struct host1x *host);

#endif
