/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Copyright (C) 2019 BayLibre, SAS
 * Author: Maxime Jourdan <mjourdan@baylibre.com>
 */

#ifndef __MESON_VDEC_CODEC_H264_H_
#define __MESON_VDEC_CODEC_H264_H_

#include "vdec.h"

extern struct amvdec_codec_ops codec_h264_ops;

#endif
