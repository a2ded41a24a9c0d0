/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Copyright (C) 2018 Maxime Jourdan <maxi.jourdan@wanadoo.fr>
 */

#ifndef __MESON_VDEC_VDEC_HEVC_H_
#define __MESON_VDEC_VDEC_HEVC_H_

#include "vdec.h"

extern struct amvdec_ops vdec_hevc_ops;

#endif
