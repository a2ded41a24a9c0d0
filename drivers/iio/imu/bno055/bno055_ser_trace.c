//SPDX-License-Identifier: GPL-2.0

/*
 * bno055_ser Trace Support
 * Copyright (C) 2022 Istituto Italiano di Tecnologia
 * Electronic Design Laboratory
 *
 * Based on:
 *   Device core Trace Support
 *   Copyright (C) 2021, Intel Corporation
 */

#define CREATE_TRACE_POINTS
#include "bno055_ser_trace.h"
