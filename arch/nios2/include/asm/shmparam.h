/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright Altera Corporation (C) <2015>. All rights reserved
 */
#ifndef _ASM_NIOS2_SHMPARAM_H
#define _ASM_NIOS2_SHMPARAM_H

#define	SHMLBA	CONFIG_NIOS2_DCACHE_SIZE

#endif /* _ASM_NIOS2_SHMPARAM_H */
