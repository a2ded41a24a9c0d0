/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
	Mantis VP-2033 driver

	Copyright (C) Manu Abraham (abraham.manu@gmail.com)

*/

#ifndef __MANTIS_VP2033_H
#define __MANTIS_VP2033_H

#include "mantis_common.h"

#define MANTIS_VP_2033_DVB_C	0x0008

extern struct mantis_hwconfig vp2033_config;

#endif /* __MANTIS_VP2033_H */
