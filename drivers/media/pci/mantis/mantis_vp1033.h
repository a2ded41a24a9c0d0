/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
	Mantis VP-1033 driver

	Copyright (C) Manu Abraham (abraham.manu@gmail.com)

*/

#ifndef __MANTIS_VP1033_H
#define __MANTIS_VP1033_H

#include "mantis_common.h"

#define MANTIS_VP_1033_DVB_S	0x0016

extern struct mantis_hwconfig vp1033_config;

#endif /* __MANTIS_VP1033_H */
