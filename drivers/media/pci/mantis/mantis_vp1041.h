/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
	Mantis VP-1041 driver

	Copyright (C) Manu Abraham (abraham.manu@gmail.com)

*/

#ifndef __MANTIS_VP1041_H
#define __MANTIS_VP1041_H

#include "mantis_common.h"

#define MANTIS_VP_1041_DVB_S2	0x0031
#define SKYSTAR_HD2_10		0x0001
#define SKYSTAR_HD2_20		0x0003
#define CINERGY_S2_PCI_HD	0x1179

extern struct mantis_hwconfig vp1041_config;

#endif /* __MANTIS_VP1041_H */
