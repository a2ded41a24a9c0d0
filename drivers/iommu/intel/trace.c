// SPDX-License-Identifier: GPL-2.0
/*
 * Intel IOMMU trace support
 *
 * Copyright (C) 2019 Intel Corporation
 *
 * Author: Lu Baolu <baolu.lu@linux.intel.com>
 */

#include <linux/string.h>
#include <linux/types.h>

#define CREATE_TRACE_POINTS
#include "trace.h"
