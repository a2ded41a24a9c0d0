// SPDX-License-Identifier: GPL-2.0 OR MIT
/* Copyright 2020 Qiang Yu <yuq825@gmail.com> */

#include "lima_sched.h"

#define CREATE_TRACE_POINTS
#include "lima_trace.h"
