/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
	Mantis VP-2040 driver

	Copyright (C) Manu Abraham (abraham.manu@gmail.com)

*/

#ifndef __MANTIS_VP2040_H
#define __MANTIS_VP2040_H

#include "mantis_common.h"

#define MANTIS_VP_2040_DVB_C	0x0043
#define CINERGY_C		0x1178
#define CABLESTAR_HD2		0x0002

extern struct mantis_hwconfig vp2040_config;

#endif /* __MANTIS_VP2040_H */
