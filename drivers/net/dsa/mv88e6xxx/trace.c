// SPDX-License-Identifier: GPL-2.0-or-later
/* Copyright 2022 NXP
 */

#define CREATE_TRACE_POINTS
#include "trace.h"
