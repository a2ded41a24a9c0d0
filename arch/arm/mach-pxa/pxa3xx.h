/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __MACH_PXA3XX_H	
#define __MACH_PXA3XX_H

#include "addr-map.h"
#include "pxa3xx-regs.h"
#include "irqs.h"

#endif /* __MACH_PXA3XX_H */
