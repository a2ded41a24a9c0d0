/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compiler-dependent intrinsics.
 *
 * Copyright (C) 2002-2003 Hewlett-Packard Co
 *	David Mosberger-Tang <davidm@hpl.hp.com>
 */
#ifndef _ASM_IA64_INTRINSICS_H
#define _ASM_IA64_INTRINSICS_H

#include <uapi/asm/intrinsics.h>

#endif /* _ASM_IA64_INTRINSICS_H */
