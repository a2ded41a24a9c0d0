/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Copyright (C) 2018 BayLibre, SAS
 * Author: Maxime Jourdan <mjourdan@baylibre.com>
 */

#ifndef __MESON_VDEC_CODEC_MPEG12_H_
#define __MESON_VDEC_CODEC_MPEG12_H_

#include "vdec.h"

extern struct amvdec_codec_ops codec_mpeg12_ops;

#endif
