/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (c) 2020 frank@allwinnertech.com
 * Copyright (C) 2021 Samuel Holland <samuel@sholland.org>
 */

#ifndef _CCU_SUN20I_D1_R_H
#define _CCU_SUN20I_D1_R_H

#include <dt-bindings/clock/sun20i-d1-r-ccu.h>
#include <dt-bindings/reset/sun20i-d1-r-ccu.h>

#define CLK_R_APB0		1

#define CLK_NUMBER		(CLK_BUS_R_CPUCFG + 1)

#endif /* _CCU_SUN20I_D1_R_H */
