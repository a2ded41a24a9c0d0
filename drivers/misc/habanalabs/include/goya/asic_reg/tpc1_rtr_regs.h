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

#ifndef ASIC_REG_TPC1_RTR_REGS_H_
#define ASIC_REG_TPC1_RTR_REGS_H_

/*
 *****************************************
 *   TPC1_RTR (Prototype: TPC_RTR)
 *****************************************
 */

#define mmTPC1_RTR_HBW_RD_RQ_E_ARB                                   0xE40100

#define mmTPC1_RTR_HBW_RD_RQ_W_ARB                                   0xE40104

#define mmTPC1_RTR_HBW_RD_RQ_N_ARB                                   0xE40108

#define mmTPC1_RTR_HBW_RD_RQ_S_ARB                                   0xE4010C

#define mmTPC1_RTR_HBW_RD_RQ_L_ARB                                   0xE40110

#define mmTPC1_RTR_HBW_E_ARB_MAX                                     0xE40120

#define mmTPC1_RTR_HBW_W_ARB_MAX                                     0xE40124

#define mmTPC1_RTR_HBW_N_ARB_MAX                                     0xE40128

#define mmTPC1_RTR_HBW_S_ARB_MAX                                     0xE4012C

#define mmTPC1_RTR_HBW_L_ARB_MAX                                     0xE40130

#define mmTPC1_RTR_HBW_RD_RS_E_ARB                                   0xE40140

#define mmTPC1_RTR_HBW_RD_RS_W_ARB                                   0xE40144

#define mmTPC1_RTR_HBW_RD_RS_N_ARB                                   0xE40148

#define mmTPC1_RTR_HBW_RD_RS_S_ARB                                   0xE4014C

#define mmTPC1_RTR_HBW_RD_RS_L_ARB                                   0xE40150

#define mmTPC1_RTR_HBW_WR_RQ_E_ARB                                   0xE40170

#define mmTPC1_RTR_HBW_WR_RQ_W_ARB                                   0xE40174

#define mmTPC1_RTR_HBW_WR_RQ_N_ARB                                   0xE40178

#define mmTPC1_RTR_HBW_WR_RQ_S_ARB                                   0xE4017C

#define mmTPC1_RTR_HBW_WR_RQ_L_ARB                                   0xE40180

#define mmTPC1_RTR_HBW_WR_RS_E_ARB                                   0xE40190

#define mmTPC1_RTR_HBW_WR_RS_W_ARB                                   0xE40194

#define mmTPC1_RTR_HBW_WR_RS_N_ARB                                   0xE40198

#define mmTPC1_RTR_HBW_WR_RS_S_ARB                                   0xE4019C

#define mmTPC1_RTR_HBW_WR_RS_L_ARB                                   0xE401A0

#define mmTPC1_RTR_LBW_RD_RQ_E_ARB                                   0xE40200

#define mmTPC1_RTR_LBW_RD_RQ_W_ARB                                   0xE40204

#define mmTPC1_RTR_LBW_RD_RQ_N_ARB                                   0xE40208

#define mmTPC1_RTR_LBW_RD_RQ_S_ARB                                   0xE4020C

#define mmTPC1_RTR_LBW_RD_RQ_L_ARB                                   0xE40210

#define mmTPC1_RTR_LBW_E_ARB_MAX                                     0xE40220

#define mmTPC1_RTR_LBW_W_ARB_MAX                                     0xE40224

#define mmTPC1_RTR_LBW_N_ARB_MAX                                     0xE40228

#define mmTPC1_RTR_LBW_S_ARB_MAX                                     0xE4022C

#define mmTPC1_RTR_LBW_L_ARB_MAX                                     0xE40230

#define mmTPC1_RTR_LBW_RD_RS_E_ARB                                   0xE40250

#define mmTPC1_RTR_LBW_RD_RS_W_ARB                                   0xE40254

#define mmTPC1_RTR_LBW_RD_RS_N_ARB                                   0xE40258

#define mmTPC1_RTR_LBW_RD_RS_S_ARB                                   0xE4025C

#define mmTPC1_RTR_LBW_RD_RS_L_ARB                                   0xE40260

#define mmTPC1_RTR_LBW_WR_RQ_E_ARB                                   0xE40270

#define mmTPC1_RTR_LBW_WR_RQ_W_ARB                                   0xE40274

#define mmTPC1_RTR_LBW_WR_RQ_N_ARB                                   0xE40278

#define mmTPC1_RTR_LBW_WR_RQ_S_ARB                                   0xE4027C

#define mmTPC1_RTR_LBW_WR_RQ_L_ARB                                   0xE40280

#define mmTPC1_RTR_LBW_WR_RS_E_ARB                                   0xE40290

#define mmTPC1_RTR_LBW_WR_RS_W_ARB                                   0xE40294

#define mmTPC1_RTR_LBW_WR_RS_N_ARB                                   0xE40298

#define mmTPC1_RTR_LBW_WR_RS_S_ARB                                   0xE4029C

#define mmTPC1_RTR_LBW_WR_RS_L_ARB                                   0xE402A0

#define mmTPC1_RTR_DBG_E_ARB                                         0xE40300

#define mmTPC1_RTR_DBG_W_ARB                                         0xE40304

#define mmTPC1_RTR_DBG_N_ARB                                         0xE40308

#define mmTPC1_RTR_DBG_S_ARB                                         0xE4030C

#define mmTPC1_RTR_DBG_L_ARB                                         0xE40310

#define mmTPC1_RTR_DBG_E_ARB_MAX                                     0xE40320

#define mmTPC1_RTR_DBG_W_ARB_MAX                                     0xE40324

#define mmTPC1_RTR_DBG_N_ARB_MAX                                     0xE40328

#define mmTPC1_RTR_DBG_S_ARB_MAX                                     0xE4032C

#define mmTPC1_RTR_DBG_L_ARB_MAX                                     0xE40330

#define mmTPC1_RTR_SPLIT_COEF_0                                      0xE40400

#define mmTPC1_RTR_SPLIT_COEF_1                                      0xE40404

#define mmTPC1_RTR_SPLIT_COEF_2                                      0xE40408

#define mmTPC1_RTR_SPLIT_COEF_3                                      0xE4040C

#define mmTPC1_RTR_SPLIT_COEF_4                                      0xE40410

#define mmTPC1_RTR_SPLIT_COEF_5                                      0xE40414

#define mmTPC1_RTR_SPLIT_COEF_6                                      0xE40418

#define mmTPC1_RTR_SPLIT_COEF_7                                      0xE4041C

#define mmTPC1_RTR_SPLIT_COEF_8                                      0xE40420

#define mmTPC1_RTR_SPLIT_COEF_9                                      0xE40424

#define mmTPC1_RTR_SPLIT_CFG                                         0xE40440

#define mmTPC1_RTR_SPLIT_RD_SAT                                      0xE40444

#define mmTPC1_RTR_SPLIT_RD_RST_TOKEN                                0xE40448

#define mmTPC1_RTR_SPLIT_RD_TIMEOUT_0                                0xE4044C

#define mmTPC1_RTR_SPLIT_RD_TIMEOUT_1                                0xE40450

#define mmTPC1_RTR_SPLIT_WR_SAT                                      0xE40454

#define mmTPC1_RTR_WPLIT_WR_TST_TOLEN                                0xE40458

#define mmTPC1_RTR_SPLIT_WR_TIMEOUT_0                                0xE4045C

#define mmTPC1_RTR_SPLIT_WR_TIMEOUT_1                                0xE40460

#define mmTPC1_RTR_HBW_RANGE_HIT                                     0xE40470

#define mmTPC1_RTR_HBW_RANGE_MASK_L_0                                0xE40480

#define mmTPC1_RTR_HBW_RANGE_MASK_L_1                                0xE40484

#define mmTPC1_RTR_HBW_RANGE_MASK_L_2                                0xE40488

#define mmTPC1_RTR_HBW_RANGE_MASK_L_3                                0xE4048C

#define mmTPC1_RTR_HBW_RANGE_MASK_L_4                                0xE40490

#define mmTPC1_RTR_HBW_RANGE_MASK_L_5                                0xE40494

#define mmTPC1_RTR_HBW_RANGE_MASK_L_6                                0xE40498

#define mmTPC1_RTR_HBW_RANGE_MASK_L_7                                0xE4049C

#define mmTPC1_RTR_HBW_RANGE_MASK_H_0                                0xE404A0

#define mmTPC1_RTR_HBW_RANGE_MASK_H_1                                0xE404A4

#define mmTPC1_RTR_HBW_RANGE_MASK_H_2                                0xE404A8

#define mmTPC1_RTR_HBW_RANGE_MASK_H_3                                0xE404AC

#define mmTPC1_RTR_HBW_RANGE_MASK_H_4                                0xE404B0

#define mmTPC1_RTR_HBW_RANGE_MASK_H_5                                0xE404B4

#define mmTPC1_RTR_HBW_RANGE_MASK_H_6                                0xE404B8

#define mmTPC1_RTR_HBW_RANGE_MASK_H_7                                0xE404BC

#define mmTPC1_RTR_HBW_RANGE_BASE_L_0                                0xE404C0

#define mmTPC1_RTR_HBW_RANGE_BASE_L_1                                0xE404C4

#define mmTPC1_RTR_HBW_RANGE_BASE_L_2                                0xE404C8

#define mmTPC1_RTR_HBW_RANGE_BASE_L_3                                0xE404CC

#define mmTPC1_RTR_HBW_RANGE_BASE_L_4                                0xE404D0

#define mmTPC1_RTR_HBW_RANGE_BASE_L_5                                0xE404D4

#define mmTPC1_RTR_HBW_RANGE_BASE_L_6                                0xE404D8

#define mmTPC1_RTR_HBW_RANGE_BASE_L_7                                0xE404DC

#define mmTPC1_RTR_HBW_RANGE_BASE_H_0                                0xE404E0

#define mmTPC1_RTR_HBW_RANGE_BASE_H_1                                0xE404E4

#define mmTPC1_RTR_HBW_RANGE_BASE_H_2                                0xE404E8

#define mmTPC1_RTR_HBW_RANGE_BASE_H_3                                0xE404EC

#define mmTPC1_RTR_HBW_RANGE_BASE_H_4                                0xE404F0

#define mmTPC1_RTR_HBW_RANGE_BASE_H_5                                0xE404F4

#define mmTPC1_RTR_HBW_RANGE_BASE_H_6                                0xE404F8

#define mmTPC1_RTR_HBW_RANGE_BASE_H_7                                0xE404FC

#define mmTPC1_RTR_LBW_RANGE_HIT                                     0xE40500

#define mmTPC1_RTR_LBW_RANGE_MASK_0                                  0xE40510

#define mmTPC1_RTR_LBW_RANGE_MASK_1                                  0xE40514

#define mmTPC1_RTR_LBW_RANGE_MASK_2                                  0xE40518

#define mmTPC1_RTR_LBW_RANGE_MASK_3                                  0xE4051C

#define mmTPC1_RTR_LBW_RANGE_MASK_4                                  0xE40520

#define mmTPC1_RTR_LBW_RANGE_MASK_5                                  0xE40524

#define mmTPC1_RTR_LBW_RANGE_MASK_6                                  0xE40528

#define mmTPC1_RTR_LBW_RANGE_MASK_7                                  0xE4052C

#define mmTPC1_RTR_LBW_RANGE_MASK_8                                  0xE40530

#define mmTPC1_RTR_LBW_RANGE_MASK_9                                  0xE40534

#define mmTPC1_RTR_LBW_RANGE_MASK_10                                 0xE40538

#define mmTPC1_RTR_LBW_RANGE_MASK_11                                 0xE4053C

#define mmTPC1_RTR_LBW_RANGE_MASK_12                                 0xE40540

#define mmTPC1_RTR_LBW_RANGE_MASK_13                                 0xE40544

#define mmTPC1_RTR_LBW_RANGE_MASK_14                                 0xE40548

#define mmTPC1_RTR_LBW_RANGE_MASK_15                                 0xE4054C

#define mmTPC1_RTR_LBW_RANGE_BASE_0                                  0xE40550

#define mmTPC1_RTR_LBW_RANGE_BASE_1                                  0xE40554

#define mmTPC1_RTR_LBW_RANGE_BASE_2                                  0xE40558

#define mmTPC1_RTR_LBW_RANGE_BASE_3                                  0xE4055C

#define mmTPC1_RTR_LBW_RANGE_BASE_4                                  0xE40560

#define mmTPC1_RTR_LBW_RANGE_BASE_5                                  0xE40564

#define mmTPC1_RTR_LBW_RANGE_BASE_6                                  0xE40568

#define mmTPC1_RTR_LBW_RANGE_BASE_7                                  0xE4056C

#define mmTPC1_RTR_LBW_RANGE_BASE_8                                  0xE40570

#define mmTPC1_RTR_LBW_RANGE_BASE_9                                  0xE40574

#define mmTPC1_RTR_LBW_RANGE_BASE_10                                 0xE40578

#define mmTPC1_RTR_LBW_RANGE_BASE_11                                 0xE4057C

#define mmTPC1_RTR_LBW_RANGE_BASE_12                                 0xE40580

#define mmTPC1_RTR_LBW_RANGE_BASE_13                                 0xE40584

#define mmTPC1_RTR_LBW_RANGE_BASE_14                                 0xE40588

#define mmTPC1_RTR_LBW_RANGE_BASE_15                                 0xE4058C

#define mmTPC1_RTR_RGLTR                                             0xE40590

#define mmTPC1_RTR_RGLTR_WR_RESULT                                   0xE40594

#define mmTPC1_RTR_RGLTR_RD_RESULT                                   0xE40598

#define mmTPC1_RTR_SCRAMB_EN                                         0xE40600

#define mmTPC1_RTR_NON_LIN_SCRAMB                                    0xE40604

#endif /* ASIC_REG_TPC1_RTR_REGS_H_ */
