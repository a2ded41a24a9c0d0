/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __MACH_PXA300_H
#define __MACH_PXA300_H

#include "pxa3xx.h"
#include "mfp-pxa300.h"

#endif /* __MACH_PXA300_H */
