/* SPDX-License-Identifier: GPL-2.0
 *
 * Definitions for the address spaces of the SH-2 CPUs.
 *
 * Copyright (C) 2003  Paul Mundt
 */
#ifndef __ASM_CPU_SH2_ADDRSPACE_H
#define __ASM_CPU_SH2_ADDRSPACE_H

#define P0SEG		0x00000000
#define P1SEG		0x80000000
#define P2SEG		0xa0000000
#define P3SEG		0xc0000000
#define P4SEG		0xe0000000

#endif /* __ASM_CPU_SH2_ADDRSPACE_H */
