/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  Copyright (C) 2006	Yoichi Yuasa <yuasa@linux-mips.org>
 */
#ifndef _COBALT_MACH_GT64120_H
#define _COBALT_MACH_GT64120_H

/*
 * Cobalt uses GT64111. GT64111 is almost the same as GT64120.
 */

#define GT64120_BASE	CKSEG1ADDR(GT_DEF_BASE)

#endif /* _COBALT_MACH_GT64120_H */
