/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra114 SoCs
 *
 * Copyright (c) 2013 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X02_H
#define HOST1X_HOST1X02_H

struct host1x;

int host1x02_init(struct host1x *host);

#endif
