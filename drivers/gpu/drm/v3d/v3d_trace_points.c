// SPDX-License-Identifier: GPL-2.0+
/* Copyright (C) 2015 Broadcom */

#include "v3d_drv.h"

#ifndef __CHECKER__
#define CREATE_TRACE_POINTS
#include "v3d_trace.h"
#endif
