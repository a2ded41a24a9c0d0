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

#ifndef ASIC_REG_DCORE0_MME_QM_CGM_REGS_H_
#define ASIC_REG_DCORE0_MME_QM_CGM_REGS_H_

/*
 *****************************************
 *   DCORE0_MME_QM_CGM
 *   (Prototype: QMAN_CGM)
 *****************************************
 */

#define mmDCORE0_MME_QM_CGM_CFG 0x40CAD80

#define mmDCORE0_MME_QM_CGM_STS 0x40CAD84

#define mmDCORE0_MME_QM_CGM_CFG1 0x40CAD88

#endif /* ASIC_REG_DCORE0_MME_QM_CGM_REGS_H_ */
