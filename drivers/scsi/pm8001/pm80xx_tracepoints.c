// SPDX-License-Identifier: GPL-2.0
/*
 * Trace events in pm8001 driver.
 *
 * Copyright 2020 Google LLC
 * Author: Akshat Jain <akshatzen@google.com>
 */

#define CREATE_TRACE_POINTS
#include "pm80xx_tracepoints.h"
