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

#ifndef ASIC_REG_ROT0_QM_CGM_REGS_H_
#define ASIC_REG_ROT0_QM_CGM_REGS_H_

/*
 *****************************************
 *   ROT0_QM_CGM
 *   (Prototype: QMAN_CGM)
 *****************************************
 */

#define mmROT0_QM_CGM_CFG 0x4E0AD80

#define mmROT0_QM_CGM_STS 0x4E0AD84

#define mmROT0_QM_CGM_CFG1 0x4E0AD88

#endif /* ASIC_REG_ROT0_QM_CGM_REGS_H_ */
