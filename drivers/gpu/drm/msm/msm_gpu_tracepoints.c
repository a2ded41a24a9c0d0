// SPDX-License-Identifier: GPL-2.0
#include "msm_gem.h"
#include "msm_ringbuffer.h"

#define CREATE_TRACE_POINTS
#include "msm_gpu_trace.h"
