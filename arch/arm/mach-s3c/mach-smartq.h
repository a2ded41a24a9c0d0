/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/arch/arm/mach-s3c64xx/mach-smartq.h
 *
 * Copyright (C) 2010 Maurus Cuelenaere
 */

#ifndef __MACH_SMARTQ_H
#define __MACH_SMARTQ_H __FILE__

#include <linux/init.h>

extern void __init smartq_map_io(void);
extern void __init smartq_machine_init(void);

#endif /* __MACH_SMARTQ_H */
