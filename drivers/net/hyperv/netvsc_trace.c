/* SPDX-License-Identifier: GPL-2.0 */
#include <linux/netdevice.h>

#include "hyperv_net.h"

#define CREATE_TRACE_POINTS
#include "netvsc_trace.h"
