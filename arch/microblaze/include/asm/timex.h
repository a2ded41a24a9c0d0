/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (C) 2006 Atmark Techno, Inc.
 */

#ifndef _ASM_MICROBLAZE_TIMEX_H
#define _ASM_MICROBLAZE_TIMEX_H

#include <asm-generic/timex.h>

#define CLOCK_TICK_RATE 1000 /* Timer input freq. */

#endif /* _ASM_TIMEX_H */
