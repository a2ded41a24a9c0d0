/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Host1x init for T20 and T30 Architecture Chips
 *
 * Copyright (c) 2011-2013, NVIDIA Corporation.
 */
#ifndef HOST1X_HOST1X01_H
#define HOST1X_HOST1X01_H

struct host1x;

int host1x01_init(struct host1x *host);

#endif /* HOST1X_HOST1X01_H_ */
