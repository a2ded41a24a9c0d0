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

#ifndef ASIC_REG_STLB_REGS_H_
#define ASIC_REG_STLB_REGS_H_

/*
 *****************************************
 *   STLB (Prototype: STLB)
 *****************************************
 */

#define mmSTLB_CACHE_INV                                             0x490010

#define mmSTLB_CACHE_INV_BASE_39_8                                   0x490014

#define mmSTLB_CACHE_INV_BASE_49_40                                  0x490018

#define mmSTLB_STLB_FEATURE_EN                                       0x49001C

#define mmSTLB_STLB_AXI_CACHE                                        0x490020

#define mmSTLB_HOP_CONFIGURATION                                     0x490024

#define mmSTLB_LINK_LIST_LOOKUP_MASK_49_32                           0x490028

#define mmSTLB_LINK_LIST_LOOKUP_MASK_31_0                            0x49002C

#define mmSTLB_LINK_LIST                                             0x490030

#define mmSTLB_INV_ALL_START                                         0x490034

#define mmSTLB_INV_ALL_SET                                           0x490038

#define mmSTLB_INV_PS                                                0x49003C

#define mmSTLB_INV_CONSUMER_INDEX                                    0x490040

#define mmSTLB_INV_HIT_COUNT                                         0x490044

#define mmSTLB_INV_SET                                               0x490048

#define mmSTLB_SRAM_INIT                                             0x49004C

#endif /* ASIC_REG_STLB_REGS_H_ */
