/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef _PPC_KERNEL_M82XX_PCI_H
#define _PPC_KERNEL_M82XX_PCI_H

/*
 */

#define SIU_INT_IRQ1   ((uint)0x13 + CPM_IRQ_OFFSET)

#ifndef _IO_BASE
#define _IO_BASE isa_io_base
#endif

#endif				/* _PPC_KERNEL_M8260_PCI_H */
