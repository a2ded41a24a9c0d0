// SPDX-License-Identifier: GPL-2.0
/*
 * Error reporting trace points.
 *
 * Copyright (C) 2021, Google LLC.
 */

#define CREATE_TRACE_POINTS
#include <trace/events/error_report.h>

EXPORT_TRACEPOINT_SYMBOL_GPL(error_report_end);
