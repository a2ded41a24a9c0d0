/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tegra host1x Register Offsets for Tegra194
 *
 * Copyright (c) 2018 NVIDIA Corporation.
 */

#ifndef __HOST1X_HOST1X07_HARDWARE_H
#define __HOST1X_HOST1X07_HARDWARE_H

#include <linux/types.h>
#include <linux/bitops.h>

#include "hw_host1x07_channel.h"
#include "hw_host1x07_uclass.h"
#include "hw_host1x07_vm.h"
#include "hw_host1x07_hypervisor.h"

#include "opcodes.h"

#endif
