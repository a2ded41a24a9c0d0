/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2009 Thomas Chou <thomas@wytron.com.tw>
 *
 * All rights reserved.
 */

#ifndef _ASM_NIOS2_LINKAGE_H
#define _ASM_NIOS2_LINKAGE_H

/* This file is required by include/linux/linkage.h */
#define __ALIGN .align 4
#define __ALIGN_STR ".align 4"

#endif
