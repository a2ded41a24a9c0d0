/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (C) 2020-2022 Loongson Technology Corporation Limited
 */
#ifndef _ASM_SHMPARAM_H
#define _ASM_SHMPARAM_H

#define __ARCH_FORCE_SHMLBA	1

#define	SHMLBA	SZ_64K		 /* attach addr a multiple of this */

#endif /* _ASM_SHMPARAM_H */
