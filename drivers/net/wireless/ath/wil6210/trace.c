// SPDX-License-Identifier: ISC
/*
 * Copyright (c) 2013 Qualcomm Atheros, Inc.
 */

#include <linux/module.h>

#define CREATE_TRACE_POINTS
#include "trace.h"
