/* SPDX-License-Identifier: GPL-2.0-only */

#ifndef _JZ4740_I2S_H
#define _JZ4740_I2S_H

/* I2S clock source */
#define JZ4740_I2S_CLKSRC_EXT 0
#define JZ4740_I2S_CLKSRC_PLL 1

#endif
