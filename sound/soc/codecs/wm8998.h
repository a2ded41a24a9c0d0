/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wm8998.h -- ALSA SoC Audio driver for WM8998 codecs
 *
 * Copyright 2015 Cirrus Logic, Inc.
 *
 * Author: Richard Fitzgerald <rf@opensource.wolfsonmicro.com>
 */

#ifndef _WM8998_H
#define _WM8998_H

#include "arizona.h"

#define WM8998_FLL1        1
#define WM8998_FLL2        2
#define WM8998_FLL1_REFCLK 3
#define WM8998_FLL2_REFCLK 4

#endif
