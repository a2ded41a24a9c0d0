/* SPDX-License-Identifier: GPL-2.0-only */

#ifndef _ASM_ARC_KDEBUG_H
#define _ASM_ARC_KDEBUG_H

enum die_val {
	DIE_UNUSED,
	DIE_TRAP,
	DIE_OOPS
};

#endif
