/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_NUMA_H
#define __ASM_NUMA_H

#include <asm/topology.h>
#include <asm-generic/numa.h>

#endif	/* __ASM_NUMA_H */
