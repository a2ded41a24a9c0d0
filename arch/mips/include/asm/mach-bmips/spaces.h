/*
 * This file is subject to the terms and conditions of the GNU General Public
 * License.  See the file "COPYING" in the main directory of this archive
 * for more details.
 *
 * Copyright (C) 1994 - 1999, 2000, 03, 04 Ralf Baechle
 * Copyright (C) 2000, 2002  Maciej W. Rozycki
 * Copyright (C) 1990, 1999, 2000 Silicon Graphics, Inc.
 */
#ifndef _ASM_BMIPS_SPACES_H
#define _ASM_BMIPS_SPACES_H

/* Avoid collisions with system base register (SBR) region on BMIPS3300 */
#include <asm/bmips-spaces.h>

#include <asm/mach-generic/spaces.h>

#endif /* __ASM_BMIPS_SPACES_H */
