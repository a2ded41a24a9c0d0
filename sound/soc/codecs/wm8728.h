/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * wm8728.h  --  WM8728 ASoC codec driver
 *
 * Copyright 2008 Wolfson Microelectronics plc
 *
 * Author: Mark Brown <broonie@opensource.wolfsonmicro.com>
 */

#ifndef _WM8728_H
#define _WM8728_H

#define WM8728_DACLVOL   0x00
#define WM8728_DACRVOL   0x01
#define WM8728_DACCTL    0x02
#define WM8728_IFCTL     0x03

#endif
