/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tegra host1x Register Offsets for Tegra210
 *
 * Copyright (c) 2015 NVIDIA Corporation.
 */

#ifndef __HOST1X_HOST1X05_HARDWARE_H
#define __HOST1X_HOST1X05_HARDWARE_H

#include <linux/types.h>
#include <linux/bitops.h>

#include "hw_host1x05_channel.h"
#include "hw_host1x05_sync.h"
#include "hw_host1x05_uclass.h"

#include "opcodes.h"

#endif
