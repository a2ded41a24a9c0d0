/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Copyright (C) 2018 Maxime Jourdan <maxi.jourdan@wanadoo.fr>
 */

#ifndef __MESON_VDEC_CODEC_VP9_H_
#define __MESON_VDEC_CODEC_VP9_H_

#include "vdec.h"

extern struct amvdec_codec_ops codec_vp9_ops;

#endif
