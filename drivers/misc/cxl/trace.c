// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Copyright 2015 IBM Corp.
 */

#ifndef __CHECKER__
#define CREATE_TRACE_POINTS
#include "trace.h"
#endif
