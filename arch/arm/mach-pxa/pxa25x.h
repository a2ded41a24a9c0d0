/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __MACH_PXA25x_H
#define __MACH_PXA25x_H

#include "addr-map.h"
#include "pxa2xx-regs.h"
#include "mfp-pxa25x.h"
#include "irqs.h"

#endif /* __MACH_PXA25x_H */
