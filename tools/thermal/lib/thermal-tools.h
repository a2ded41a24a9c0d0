/* SPDX-License-Identifier: LGPL-2.1+ */
/* Copyright (C) 2022, Linaro Ltd - Daniel Lezcano <daniel.lezcano@linaro.org> */
#ifndef __THERMAL_TOOLS
#define __THERMAL_TOOLS

#include "log.h"
#include "mainloop.h"
#include "uptimeofday.h"

#endif
