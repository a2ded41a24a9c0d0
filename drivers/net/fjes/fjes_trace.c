// SPDX-License-Identifier: GPL-2.0-only
/*
 *  FUJITSU Extended Socket Network Device driver
 *  Copyright (c) 2015-2016 FUJITSU LIMITED
 */

#include <linux/module.h>

#ifndef __CHECKER__
#include "fjes_hw.h"

#define CREATE_TRACE_POINTS
#include "fjes_trace.h"

#endif /* __CHECKER__ */
