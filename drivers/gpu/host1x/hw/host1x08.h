/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for Tegra234 SoCs
 *
 * Copyright (c) 2018 NVIDIA Corporation.
 */

#ifndef HOST1X_HOST1X08_H
#define HOST1X_HOST1X08_H

struct host1x;

int host1x08_init(struct host1x *host);

#endif
