/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ALSA SoC Audio Layer - Samsung S/PDIF Controller driver
 *
 * Copyright (c) 2010 Samsung Electronics Co. Ltd
 *		http://www.samsung.com/
 */

#ifndef __SND_SOC_SAMSUNG_SPDIF_H
#define __SND_SOC_SAMSUNG_SPDIF_H	__FILE__

#define SND_SOC_SPDIF_INT_MCLK		0
#define SND_SOC_SPDIF_EXT_MCLK		1

#endif	/* __SND_SOC_SAMSUNG_SPDIF_H */
