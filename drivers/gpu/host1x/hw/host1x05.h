/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra210 SoCs
 *
 * Copyright (c) 2015 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X05_H
#define HOST1X_HOST1X05_H

struct host1x;

int host1x05_init(struct host1x *host);

#endif
