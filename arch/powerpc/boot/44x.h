/* SPDX-License-Identifier: GPL-2.0 */
/*
 * PowerPC 44x related functions
 *
 * Copyright 2007 David Gibson, IBM Corporation.
 */
#ifndef _PPC_BOOT_44X_H_
#define _PPC_BOOT_44X_H_

void ebony_init(void *mac0, void *mac1);
void bamboo_init(void *mac0, void *mac1);

#endif /* _PPC_BOOT_44X_H_ */
