/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __MACH_PXA930_H
#define __MACH_PXA930_H

#include "pxa3xx.h"
#include "mfp-pxa930.h"

#endif /* __MACH_PXA930_H */
