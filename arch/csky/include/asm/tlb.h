/* SPDX-License-Identifier: GPL-2.0 */

#ifndef __ASM_CSKY_TLB_H
#define __ASM_CSKY_TLB_H

#include <asm/cacheflush.h>
#include <asm-generic/tlb.h>

#endif /* __ASM_CSKY_TLB_H */
