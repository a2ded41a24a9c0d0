/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (C) 2004, 2007-2010, 2011-2012 Synopsys, Inc. (www.synopsys.com)
 */

#ifndef _ASM_ARC_SECTIONS_H
#define _ASM_ARC_SECTIONS_H

#include <asm-generic/sections.h>

extern char __arc_dccm_base[];

#endif
