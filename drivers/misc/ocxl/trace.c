// SPDX-License-Identifier: GPL-2.0+
// Copyright 2017 IBM Corp.
#ifndef __CHECKER__
#define CREATE_TRACE_POINTS
#include "trace.h"
#endif
