/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *
 * Layer 1 defines
 *
 * Copyright 2008  by Karsten Keil <kkeil@novell.com>
 */

#define FLG_L1_ACTIVATING	1
#define FLG_L1_ACTIVATED	2
#define FLG_L1_DEACTTIMER	3
#define FLG_L1_ACTTIMER		4
#define FLG_L1_T3RUN		5
#define FLG_L1_PULL_REQ		6
#define FLG_L1_UINT		7
#define FLG_L1_DBLOCKED		8
