/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
    NetWinder Floating Point Emulator
    (c) Rebel.com, 1998-1999

    Direct questions, comments to Scott Bambrough <scottb@netwinder.org>


    27/03/03 Ian Molton Clean up CONFIG_CPU
*/

#ifndef __FPMODULE_H__
#define __FPMODULE_H__

#define REG_ORIG_R0	17
#define REG_CPSR	16
#define REG_PC		15
#define REG_LR		14
#define REG_SP		13
#define REG_IP		12
#define REG_FP		11
#define REG_R10		10
#define REG_R9		9
#define REG_R9		9
#define REG_R8		8
#define REG_R7		7
#define REG_R6		6
#define REG_R5		5
#define REG_R4		4
#define REG_R3		3
#define REG_R2		2
#define REG_R1		1
#define REG_R0		0

#endif
