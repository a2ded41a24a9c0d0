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

#ifndef ASIC_REG_NIC0_QM0_CGM_REGS_H_
#define ASIC_REG_NIC0_QM0_CGM_REGS_H_

/*
 *****************************************
 *   NIC0_QM0_CGM
 *   (Prototype: QMAN_CGM)
 *****************************************
 */

#define mmNIC0_QM0_CGM_CFG 0x541AD80

#define mmNIC0_QM0_CGM_STS 0x541AD84

#define mmNIC0_QM0_CGM_CFG1 0x541AD88

#endif /* ASIC_REG_NIC0_QM0_CGM_REGS_H_ */
