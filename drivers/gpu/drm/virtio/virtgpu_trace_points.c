// SPDX-License-Identifier: GPL-2.0
#include "virtgpu_drv.h"

#define CREATE_TRACE_POINTS
#include "virtgpu_trace.h"
