/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * header file for ADAU1701 SigmaDSP processor
 *
 * Copyright 2011 Analog Devices Inc.
 */

#ifndef _ADAU1701_H
#define _ADAU1701_H

enum adau1701_clk_src {
	ADAU1701_CLK_SRC_OSC,
	ADAU1701_CLK_SRC_MCLK,
};

#endif
