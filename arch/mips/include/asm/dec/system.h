/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *	include/asm-mips/dec/system.h
 *
 *	Generic DECstation/DECsystem bits.
 *
 *	Copyright (C) 2005, 2006  Maciej W. Rozycki
 */
#ifndef __ASM_DEC_SYSTEM_H
#define __ASM_DEC_SYSTEM_H

extern unsigned long dec_kn_slot_base, dec_kn_slot_size;
extern int dec_tc_bus;

#endif /* __ASM_DEC_SYSTEM_H */
