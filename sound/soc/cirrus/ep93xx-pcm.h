/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (c) 2013, NVIDIA CORPORATION.  All rights reserved.
 */

#ifndef __EP93XX_PCM_H__
#define __EP93XX_PCM_H__

int devm_ep93xx_pcm_platform_register(struct device *dev);

#endif
