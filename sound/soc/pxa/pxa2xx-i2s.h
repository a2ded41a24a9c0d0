/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * linux/sound/soc/pxa/pxa2xx-i2s.h
 */

#ifndef _PXA2XX_I2S_H
#define _PXA2XX_I2S_H

/* I2S clock */
#define PXA2XX_I2S_SYSCLK		0

#endif
