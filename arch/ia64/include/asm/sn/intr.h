/*
 * This file is subject to the terms and conditions of the GNU General Public
 * License.  See the file "COPYING" in the main directory of this archive
 * for more details.
 *
 * Copyright (C) 1992 - 1997, 2000-2006 Silicon Graphics, Inc. All rights reserved.
 */

#ifndef _ASM_IA64_SN_INTR_H
#define _ASM_IA64_SN_INTR_H

#define SGI_XPC_ACTIVATE	0x30
#define SGI_XPC_NOTIFY		0xe7

#endif /* _ASM_IA64_SN_INTR_H */
