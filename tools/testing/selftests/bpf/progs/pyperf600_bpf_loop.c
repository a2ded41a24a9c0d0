// SPDX-License-Identifier: GPL-2.0
/* Copyright (c) 2021 Facebook */

#define STACK_MAX_LEN 600
#define USE_BPF_LOOP
#include "pyperf.h"
