/* SPDX-License-Identifier: MIT */
/*
 * Copyright © 2021 Intel Corporation
 */

#ifndef __INTEL_PLANE_INITIAL_H__
#define __INTEL_PLANE_INITIAL_H__

struct intel_crtc;

void intel_crtc_initial_plane_config(struct intel_crtc *crtc);

#endif
