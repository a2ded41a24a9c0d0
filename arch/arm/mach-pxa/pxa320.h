/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __MACH_PXA320_H
#define __MACH_PXA320_H

#include "pxa3xx.h"
#include "mfp-pxa320.h"

#endif /* __MACH_PXA320_H */

