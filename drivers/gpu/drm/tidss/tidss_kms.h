/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (C) 2018 Texas Instruments Incorporated - https://www.ti.com/
 * Author: Tomi Valkeinen <tomi.valkeinen@ti.com>
 */

#ifndef __TIDSS_KMS_H__
#define __TIDSS_KMS_H__

struct tidss_device;

int tidss_modeset_init(struct tidss_device *tidss);

#endif
