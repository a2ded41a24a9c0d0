// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>

#ifndef __CHECKER__
#include <net/cfg802154.h>
#include "driver-ops.h"
#define CREATE_TRACE_POINTS
#include "trace.h"

#endif
