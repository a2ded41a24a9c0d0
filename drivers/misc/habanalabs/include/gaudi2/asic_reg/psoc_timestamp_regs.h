/* SPDX-License-Identifier: GPL-2.0
 *
 * Copyright 2016-2020 HabanaLabs, Ltd.
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
 *   PSOC_TIMESTAMP
 *   (Prototype: TIMESTAMP)
 *****************************************
 */

#define mmPSOC_TIMESTAMP_CNTCR 0x4C49000

#define mmPSOC_TIMESTAMP_CNTSR 0x4C49004

#define mmPSOC_TIMESTAMP_CNTCVL 0x4C49008

#define mmPSOC_TIMESTAMP_CNTCVU 0x4C4900C

#define mmPSOC_TIMESTAMP_CNTFID0 0x4C49020

#define mmPSOC_TIMESTAMP_PIDR4 0x4C49FD0

#define mmPSOC_TIMESTAMP_PIDR5 0x4C49FD4

#define mmPSOC_TIMESTAMP_PIDR6 0x4C49FD8

#define mmPSOC_TIMESTAMP_PIDR7 0x4C49FDC

#define mmPSOC_TIMESTAMP_PIDR0 0x4C49FE0

#define mmPSOC_TIMESTAMP_PIDR1 0x4C49FE4

#define mmPSOC_TIMESTAMP_PIDR2 0x4C49FE8

#define mmPSOC_TIMESTAMP_PIDR3 0x4C49FEC

#define mmPSOC_TIMESTAMP_CIDR0 0x4C49FF0

#define mmPSOC_TIMESTAMP_CIDR1 0x4C49FF4

#define mmPSOC_TIMESTAMP_CIDR2 0x4C49FF8

#define mmPSOC_TIMESTAMP_CIDR3 0x4C49FFC

#endif /* ASIC_REG_PSOC_TIMESTAMP_REGS_H_ */
