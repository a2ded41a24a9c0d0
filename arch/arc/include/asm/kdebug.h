/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (C) 2004, 2007-2010, 2011-2012 Synopsys, Inc. (www.synopsys.com)
 */

#ifndef _ASM_ARC_KDEBUG_H
#define _ASM_ARC_KDEBUG_H

enum die_val {
	DIE_UNUSED,
	DIE_TRAP,
	DIE_IERR,
	DIE_OOPS
};

#endif
