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

#ifndef ASIC_REG_CPU_IF_REGS_H_
#define ASIC_REG_CPU_IF_REGS_H_

/*
 *****************************************
 *   CPU_IF (Prototype: CPU_IF)
 *****************************************
 */

#define mmCPU_IF_PF_PQ_PI                                            0x442100

#define mmCPU_IF_ARUSER_OVR                                          0x442104

#define mmCPU_IF_ARUSER_OVR_EN                                       0x442108

#define mmCPU_IF_AWUSER_OVR                                          0x44210C

#define mmCPU_IF_AWUSER_OVR_EN                                       0x442110

#define mmCPU_IF_AXCACHE_OVR                                         0x442114

#define mmCPU_IF_LOCK_OVR                                            0x442118

#define mmCPU_IF_PROT_OVR                                            0x44211C

#define mmCPU_IF_MAX_OUTSTANDING                                     0x442120

#define mmCPU_IF_EARLY_BRESP_EN                                      0x442124

#define mmCPU_IF_FORCE_RSP_OK                                        0x442128

#define mmCPU_IF_CPU_MSB_ADDR                                        0x44212C

#define mmCPU_IF_AXI_SPLIT_INTR                                      0x442130

#endif /* ASIC_REG_CPU_IF_REGS_H_ */
