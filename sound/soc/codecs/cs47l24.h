/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * cs47l24.h  --  ALSA SoC Audio driver for Cirrus Logic CS47L24
 *
 * Copyright 2015 Cirrus Logic Inc.
 *
 * Author: Richard Fitzgerald <rf@opensource.wolfsonmicro.com>
 */

#ifndef _CS47L24_H
#define _CS47L24_H

#include "arizona.h"

#define CS47L24_FLL1        1
#define CS47L24_FLL2        2
#define CS47L24_FLL1_REFCLK 3
#define CS47L24_FLL2_REFCLK 4

#endif
