/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright IBM Corp. 1999, 2009
 *
 * Author(s): Martin Schwidefsky <schwidefsky@de.ibm.com>
 */

#ifndef __ASM_EXEC_H
#define __ASM_EXEC_H

extern unsigned long arch_align_stack(unsigned long sp);

#endif /* __ASM_EXEC_H */
