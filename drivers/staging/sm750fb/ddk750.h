/* SPDX-License-Identifier: GPL-2.0 */
/*
 *         Copyright (c) 2007 by Silicon Motion, Inc. (SMI)
 *
 *  RegSC.h --- SM718 SDK
 *  This file contains the definitions for the System Configuration registers.
 */

#ifndef DDK750_H__
#define DDK750_H__

#include "ddk750_reg.h"
#include "ddk750_mode.h"
#include "ddk750_chip.h"
#include "ddk750_display.h"
#include "ddk750_power.h"
#ifdef USE_HW_I2C
#include "ddk750_hwi2c.h"
#endif
#include "ddk750_swi2c.h"
#endif
