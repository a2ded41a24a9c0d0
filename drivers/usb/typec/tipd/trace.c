// SPDX-License-Identifier: GPL-2.0
/*
 * TI TPS6598x USB Power Delivery Controller Trace Support
 *
 * Copyright (C) 2021, Intel Corporation
 * Author: Heikki Krogerus <heikki.krogerus@linux.intel.com>
 */
#define CREATE_TRACE_POINTS
#include "trace.h"
