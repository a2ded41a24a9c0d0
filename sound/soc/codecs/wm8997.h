/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wm8997.h  --  WM8997 ALSA SoC Audio driver
 *
 * Copyright 2012 Wolfson Microelectronics plc
 *
 * Author: Mark Brown <broonie@opensource.wolfsonmicro.com>
 */

#ifndef _WM8997_H
#define _WM8997_H

#include "arizona.h"

#define WM8997_FLL1        1
#define WM8997_FLL2        2
#define WM8997_FLL1_REFCLK 3
#define WM8997_FLL2_REFCLK 4

#endif
