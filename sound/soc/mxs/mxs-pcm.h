/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2011 Freescale Semiconductor, Inc. All Rights Reserved.
 */

#ifndef _MXS_PCM_H
#define _MXS_PCM_H

int mxs_pcm_platform_register(struct device *dev);

#endif
