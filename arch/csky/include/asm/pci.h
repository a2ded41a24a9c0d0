/* SPDX-License-Identifier: GPL-2.0-only */

#ifndef __ASM_CSKY_PCI_H
#define __ASM_CSKY_PCI_H

#include <linux/types.h>
#include <linux/slab.h>
#include <linux/dma-mapping.h>

#include <asm/io.h>

/* Generic PCI */
#include <asm-generic/pci.h>

#endif  /* __ASM_CSKY_PCI_H */
