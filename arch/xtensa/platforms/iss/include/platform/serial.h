/*
 * This file is subject to the terms and conditions of the GNU General Public
 * License.  See the file "COPYING" in the main directory of this archive
 * for more details.
 *
 * Copyright (C) 2012 Tensilica Inc.
 */

#ifndef __ASM_XTENSA_ISS_SERIAL_H
#define __ASM_XTENSA_ISS_SERIAL_H

/* Have no meaning on ISS, but needed for 8250_early.c */
#define BASE_BAUD 0

#endif /* __ASM_XTENSA_ISS_SERIAL_H */
