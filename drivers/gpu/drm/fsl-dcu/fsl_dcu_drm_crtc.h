/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright 2015 Freescale Semiconductor, Inc.
 *
 * Freescale DCU drm device driver
 */

#ifndef __FSL_DCU_DRM_CRTC_H__
#define __FSL_DCU_DRM_CRTC_H__

struct fsl_dcu_drm_device;

int fsl_dcu_drm_crtc_create(struct fsl_dcu_drm_device *fsl_dev);

#endif /* __FSL_DCU_DRM_CRTC_H__ */
