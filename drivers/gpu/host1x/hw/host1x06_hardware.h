/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tegra host1x Register Offsets for Tegra186
 *
 * Copyright (c) 2017 NVIDIA Corporation.
 */

#ifndef __HOST1X_HOST1X06_HARDWARE_H
#define __HOST1X_HOST1X06_HARDWARE_H

#include <linux/types.h>
#include <linux/bitops.h>

#include "hw_host1x06_channel.h"
#include "hw_host1x06_uclass.h"
#include "hw_host1x06_vm.h"
#include "hw_host1x06_hypervisor.h"

#include "opcodes.h"

#endif
