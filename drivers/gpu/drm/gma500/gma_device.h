/* SPDX-License-Identifier: GPL-2.0-only */
/**************************************************************************
 * Copyright (c) 2011, Intel Corporation.
 * All Rights Reserved.
 *
 **************************************************************************/

#ifndef _GMA_DEVICE_H
#define _GMA_DEVICE_H
struct drm_device;

extern void gma_get_core_freq(struct drm_device *dev);

#endif
