/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SPARC_TLB_H
#define _SPARC_TLB_H

#include <asm-generic/tlb.h>

#endif /* _SPARC_TLB_H */
