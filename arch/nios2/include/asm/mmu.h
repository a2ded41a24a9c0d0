/*
 * Copyright (C) 2010 Tobias Klauser <tklauser@distanz.ch>
 * Copyright (C) 2004 Microtronix Datacom Ltd.
 *
 * This file is subject to the terms and conditions of the GNU General Public
 * License. See the file "COPYING" in the main directory of this archive
 * for more details.
 */

#ifndef _ASM_NIOS2_MMU_H
#define _ASM_NIOS2_MMU_H

/* Default "unsigned long" context */
typedef unsigned long mm_context_t;

#endif /* _ASM_NIOS2_MMU_H */
