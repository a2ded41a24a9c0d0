// SPDX-License-Identifier: GPL-2.0
/* Copyright (c) 2020 Facebook */
#define UNROLL
#define INLINE __always_inline
#include "profiler.inc.h"
