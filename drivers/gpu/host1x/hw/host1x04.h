/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra124 SoCs
 *
 * Copyright (c) 2013 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X04_H
#define HOST1X_HOST1X04_H

struct host1x;

int host1x04_init(struct host1x *host);

#endif
