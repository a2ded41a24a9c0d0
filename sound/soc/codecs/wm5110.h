/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wm5110.h  --  WM5110 ALSA SoC Audio driver
 *
 * Copyright 2012 Wolfson Microelectronics plc
 *
 * Author: Mark Brown <broonie@opensource.wolfsonmicro.com>
 */

#ifndef _WM5110_H
#define _WM5110_H

#include "arizona.h"

#define WM5110_FLL1        1
#define WM5110_FLL2        2
#define WM5110_FLL1_REFCLK 3
#define WM5110_FLL2_REFCLK 4

#endif
