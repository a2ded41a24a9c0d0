/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tegra host1x Register Offsets for Tegra234
 *
 * Copyright (c) 2022 NVIDIA Corporation.
 */

#ifndef __HOST1X_HOST1X08_HARDWARE_H
#define __HOST1X_HOST1X08_HARDWARE_H

#include <linux/types.h>
#include <linux/bitops.h>

#include "hw_host1x08_uclass.h"
#include "hw_host1x08_vm.h"
#include "hw_host1x08_hypervisor.h"
#include "hw_host1x08_common.h"

#include "opcodes.h"

#endif
