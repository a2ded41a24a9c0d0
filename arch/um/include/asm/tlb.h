/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __UM_TLB_H
#define __UM_TLB_H

#include <linux/mm.h>

#include <asm/tlbflush.h>
#include <asm/cacheflush.h>
#include <asm-generic/tlb.h>

#endif
