/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
	Mantis VP-3030 driver

	Copyright (C) Manu Abraham (abraham.manu@gmail.com)

*/

#ifndef __MANTIS_VP3030_H
#define __MANTIS_VP3030_H

#include "mantis_common.h"

#define MANTIS_VP_3030_DVB_T	0x0024

extern struct mantis_hwconfig vp3030_config;

#endif /* __MANTIS_VP3030_H */
