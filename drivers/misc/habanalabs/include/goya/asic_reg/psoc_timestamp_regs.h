/* SPDX-License-Identifier: GPL-2.0
 *
 * Copyright 2016-2018 HabanaLabs, Ltd.
 * All Rights Reserved.
 *
 */

/************************************
 ** This is an auto-generated file **
 **       DO NOT EDIT BELOW        **
 ************************************/

#ifndef ASIC_REG_PSOC_TIMESTAMP_REGS_H_
#define ASIC_REG_PSOC_TIMESTAMP_REGS_H_

/*
 *****************************************
 *   PSOC_TIMESTAMP (Prototype: TIMESTAMP)
 *****************************************
 */

#define mmPSOC_TIMESTAMP_CNTCR                                       0xC49000

#define mmPSOC_TIMESTAMP_CNTSR                                       0xC49004

#define mmPSOC_TIMESTAMP_CNTCVL                                      0xC49008

#define mmPSOC_TIMESTAMP_CNTCVU                                      0xC4900C

#define mmPSOC_TIMESTAMP_CNTFID0                                     0xC49020

#define mmPSOC_TIMESTAMP_PIDR4                                       0xC49FD0

#define mmPSOC_TIMESTAMP_PIDR5                                       0xC49FD4

#define mmPSOC_TIMESTAMP_PIDR6                                       0xC49FD8

#define mmPSOC_TIMESTAMP_PIDR7                                       0xC49FDC

#define mmPSOC_TIMESTAMP_PIDR0                                       0xC49FE0

#define mmPSOC_TIMESTAMP_PIDR1                                       0xC49FE4

#define mmPSOC_TIMESTAMP_PIDR2                                       0xC49FE8

#define mmPSOC_TIMESTAMP_PIDR3                                       0xC49FEC

#define mmPSOC_TIMESTAMP_CIDR0                                       0xC49FF0

#define mmPSOC_TIMESTAMP_CIDR1                                       0xC49FF4

#define mmPSOC_TIMESTAMP_CIDR2                                       0xC49FF8

#define mmPSOC_TIMESTAMP_CIDR3                                       0xC49FFC

#endif /* ASIC_REG_PSOC_TIMESTAMP_REGS_H_ */
