/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wm5102.h  --  WM5102 ALSA SoC Audio driver
 *
 * Copyright 2012 Wolfson Microelectronics plc
 *
 * Author: Mark Brown <broonie@opensource.wolfsonmicro.com>
 */

#ifndef _WM5102_H
#define _WM5102_H

#include "arizona.h"

#define WM5102_FLL1        1
#define WM5102_FLL2        2
#define WM5102_FLL1_REFCLK 3
#define WM5102_FLL2_REFCLK 4

#endif
