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

#ifndef ASIC_REG_TPC3_RTR_REGS_H_
#define ASIC_REG_TPC3_RTR_REGS_H_

/*
 *****************************************
 *   TPC3_RTR (Prototype: TPC_RTR)
 *****************************************
 */

#define mmTPC3_RTR_HBW_RD_RQ_E_ARB                                   0xEC0100

#define mmTPC3_RTR_HBW_RD_RQ_W_ARB                                   0xEC0104

#define mmTPC3_RTR_HBW_RD_RQ_N_ARB                                   0xEC0108

#define mmTPC3_RTR_HBW_RD_RQ_S_ARB                                   0xEC010C

#define mmTPC3_RTR_HBW_RD_RQ_L_ARB                                   0xEC0110

#define mmTPC3_RTR_HBW_E_ARB_MAX                                     0xEC0120

#define mmTPC3_RTR_HBW_W_ARB_MAX                                     0xEC0124

#define mmTPC3_RTR_HBW_N_ARB_MAX                                     0xEC0128

#define mmTPC3_RTR_HBW_S_ARB_MAX                                     0xEC012C

#define mmTPC3_RTR_HBW_L_ARB_MAX                                     0xEC0130

#define mmTPC3_RTR_HBW_RD_RS_E_ARB                                   0xEC0140

#define mmTPC3_RTR_HBW_RD_RS_W_ARB                                   0xEC0144

#define mmTPC3_RTR_HBW_RD_RS_N_ARB                                   0xEC0148

#define mmTPC3_RTR_HBW_RD_RS_S_ARB                                   0xEC014C

#define mmTPC3_RTR_HBW_RD_RS_L_ARB                                   0xEC0150

#define mmTPC3_RTR_HBW_WR_RQ_E_ARB                                   0xEC0170

#define mmTPC3_RTR_HBW_WR_RQ_W_ARB                                   0xEC0174

#define mmTPC3_RTR_HBW_WR_RQ_N_ARB                                   0xEC0178

#define mmTPC3_RTR_HBW_WR_RQ_S_ARB                                   0xEC017C

#define mmTPC3_RTR_HBW_WR_RQ_L_ARB                                   0xEC0180

#define mmTPC3_RTR_HBW_WR_RS_E_ARB                                   0xEC0190

#define mmTPC3_RTR_HBW_WR_RS_W_ARB                                   0xEC0194

#define mmTPC3_RTR_HBW_WR_RS_N_ARB                                   0xEC0198

#define mmTPC3_RTR_HBW_WR_RS_S_ARB                                   0xEC019C

#define mmTPC3_RTR_HBW_WR_RS_L_ARB                                   0xEC01A0

#define mmTPC3_RTR_LBW_RD_RQ_E_ARB                                   0xEC0200

#define mmTPC3_RTR_LBW_RD_RQ_W_ARB                                   0xEC0204

#define mmTPC3_RTR_LBW_RD_RQ_N_ARB                                   0xEC0208

#define mmTPC3_RTR_LBW_RD_RQ_S_ARB                                   0xEC020C

#define mmTPC3_RTR_LBW_RD_RQ_L_ARB                                   0xEC0210

#define mmTPC3_RTR_LBW_E_ARB_MAX                                     0xEC0220

#define mmTPC3_RTR_LBW_W_ARB_MAX                                     0xEC0224

#define mmTPC3_RTR_LBW_N_ARB_MAX                                     0xEC0228

#define mmTPC3_RTR_LBW_S_ARB_MAX                                     0xEC022C

#define mmTPC3_RTR_LBW_L_ARB_MAX                                     0xEC0230

#define mmTPC3_RTR_LBW_RD_RS_E_ARB                                   0xEC0250

#define mmTPC3_RTR_LBW_RD_RS_W_ARB                                   0xEC0254

#define mmTPC3_RTR_LBW_RD_RS_N_ARB                                   0xEC0258

#define mmTPC3_RTR_LBW_RD_RS_S_ARB                                   0xEC025C

#define mmTPC3_RTR_LBW_RD_RS_L_ARB                                   0xEC0260

#define mmTPC3_RTR_LBW_WR_RQ_E_ARB                                   0xEC0270

#define mmTPC3_RTR_LBW_WR_RQ_W_ARB                                   0xEC0274

#define mmTPC3_RTR_LBW_WR_RQ_N_ARB                                   0xEC0278

#define mmTPC3_RTR_LBW_WR_RQ_S_ARB                                   0xEC027C

#define mmTPC3_RTR_LBW_WR_RQ_L_ARB                                   0xEC0280

#define mmTPC3_RTR_LBW_WR_RS_E_ARB                                   0xEC0290

#define mmTPC3_RTR_LBW_WR_RS_W_ARB                                   0xEC0294

#define mmTPC3_RTR_LBW_WR_RS_N_ARB                                   0xEC0298

#define mmTPC3_RTR_LBW_WR_RS_S_ARB                                   0xEC029C

#define mmTPC3_RTR_LBW_WR_RS_L_ARB                                   0xEC02A0

#define mmTPC3_RTR_DBG_E_ARB                                         0xEC0300

#define mmTPC3_RTR_DBG_W_ARB                                         0xEC0304

#define mmTPC3_RTR_DBG_N_ARB                                         0xEC0308

#define mmTPC3_RTR_DBG_S_ARB                                         0xEC030C

#define mmTPC3_RTR_DBG_L_ARB                                         0xEC0310

#define mmTPC3_RTR_DBG_E_ARB_MAX                                     0xEC0320

#define mmTPC3_RTR_DBG_W_ARB_MAX                                     0xEC0324

#define mmTPC3_RTR_DBG_N_ARB_MAX                                     0xEC0328

#define mmTPC3_RTR_DBG_S_ARB_MAX                                     0xEC032C

#define mmTPC3_RTR_DBG_L_ARB_MAX                                     0xEC0330

#define mmTPC3_RTR_SPLIT_COEF_0                                      0xEC0400

#define mmTPC3_RTR_SPLIT_COEF_1                                      0xEC0404

#define mmTPC3_RTR_SPLIT_COEF_2                                      0xEC0408

#define mmTPC3_RTR_SPLIT_COEF_3                                      0xEC040C

#define mmTPC3_RTR_SPLIT_COEF_4                                      0xEC0410

#define mmTPC3_RTR_SPLIT_COEF_5                                      0xEC0414

#define mmTPC3_RTR_SPLIT_COEF_6                                      0xEC0418

#define mmTPC3_RTR_SPLIT_COEF_7                                      0xEC041C

#define mmTPC3_RTR_SPLIT_COEF_8                                      0xEC0420

#define mmTPC3_RTR_SPLIT_COEF_9                                      0xEC0424

#define mmTPC3_RTR_SPLIT_CFG                                         0xEC0440

#define mmTPC3_RTR_SPLIT_RD_SAT                                      0xEC0444

#define mmTPC3_RTR_SPLIT_RD_RST_TOKEN                                0xEC0448

#define mmTPC3_RTR_SPLIT_RD_TIMEOUT_0                                0xEC044C

#define mmTPC3_RTR_SPLIT_RD_TIMEOUT_1                                0xEC0450

#define mmTPC3_RTR_SPLIT_WR_SAT                                      0xEC0454

#define mmTPC3_RTR_WPLIT_WR_TST_TOLEN                                0xEC0458

#define mmTPC3_RTR_SPLIT_WR_TIMEOUT_0                                0xEC045C

#define mmTPC3_RTR_SPLIT_WR_TIMEOUT_1                                0xEC0460

#define mmTPC3_RTR_HBW_RANGE_HIT                                     0xEC0470

#define mmTPC3_RTR_HBW_RANGE_MASK_L_0                                0xEC0480

#define mmTPC3_RTR_HBW_RANGE_MASK_L_1                                0xEC0484

#define mmTPC3_RTR_HBW_RANGE_MASK_L_2                                0xEC0488

#define mmTPC3_RTR_HBW_RANGE_MASK_L_3                                0xEC048C

#define mmTPC3_RTR_HBW_RANGE_MASK_L_4                                0xEC0490

#define mmTPC3_RTR_HBW_RANGE_MASK_L_5                                0xEC0494

#define mmTPC3_RTR_HBW_RANGE_MASK_L_6                                0xEC0498

#define mmTPC3_RTR_HBW_RANGE_MASK_L_7                                0xEC049C

#define mmTPC3_RTR_HBW_RANGE_MASK_H_0                                0xEC04A0

#define mmTPC3_RTR_HBW_RANGE_MASK_H_1                                0xEC04A4

#define mmTPC3_RTR_HBW_RANGE_MASK_H_2                                0xEC04A8

#define mmTPC3_RTR_HBW_RANGE_MASK_H_3                                0xEC04AC

#define mmTPC3_RTR_HBW_RANGE_MASK_H_4                                0xEC04B0

#define mmTPC3_RTR_HBW_RANGE_MASK_H_5                                0xEC04B4

#define mmTPC3_RTR_HBW_RANGE_MASK_H_6                                0xEC04B8

#define mmTPC3_RTR_HBW_RANGE_MASK_H_7                                0xEC04BC

#define mmTPC3_RTR_HBW_RANGE_BASE_L_0                                0xEC04C0

#define mmTPC3_RTR_HBW_RANGE_BASE_L_1                                0xEC04C4

#define mmTPC3_RTR_HBW_RANGE_BASE_L_2                                0xEC04C8

#define mmTPC3_RTR_HBW_RANGE_BASE_L_3                                0xEC04CC

#define mmTPC3_RTR_HBW_RANGE_BASE_L_4                                0xEC04D0

#define mmTPC3_RTR_HBW_RANGE_BASE_L_5                                0xEC04D4

#define mmTPC3_RTR_HBW_RANGE_BASE_L_6                                0xEC04D8

#define mmTPC3_RTR_HBW_RANGE_BASE_L_7                                0xEC04DC

#define mmTPC3_RTR_HBW_RANGE_BASE_H_0                                0xEC04E0

#define mmTPC3_RTR_HBW_RANGE_BASE_H_1                                0xEC04E4

#define mmTPC3_RTR_HBW_RANGE_BASE_H_2                                0xEC04E8

#define mmTPC3_RTR_HBW_RANGE_BASE_H_3                                0xEC04EC

#define mmTPC3_RTR_HBW_RANGE_BASE_H_4                                0xEC04F0

#define mmTPC3_RTR_HBW_RANGE_BASE_H_5                                0xEC04F4

#define mmTPC3_RTR_HBW_RANGE_BASE_H_6                                0xEC04F8

#define mmTPC3_RTR_HBW_RANGE_BASE_H_7                                0xEC04FC

#define mmTPC3_RTR_LBW_RANGE_HIT                                     0xEC0500

#define mmTPC3_RTR_LBW_RANGE_MASK_0                                  0xEC0510

#define mmTPC3_RTR_LBW_RANGE_MASK_1                                  0xEC0514

#define mmTPC3_RTR_LBW_RANGE_MASK_2                                  0xEC0518

#define mmTPC3_RTR_LBW_RANGE_MASK_3                                  0xEC051C

#define mmTPC3_RTR_LBW_RANGE_MASK_4                                  0xEC0520

#define mmTPC3_RTR_LBW_RANGE_MASK_5                                  0xEC0524

#define mmTPC3_RTR_LBW_RANGE_MASK_6                                  0xEC0528

#define mmTPC3_RTR_LBW_RANGE_MASK_7                                  0xEC052C

#define mmTPC3_RTR_LBW_RANGE_MASK_8                                  0xEC0530

#define mmTPC3_RTR_LBW_RANGE_MASK_9                                  0xEC0534

#define mmTPC3_RTR_LBW_RANGE_MASK_10                                 0xEC0538

#define mmTPC3_RTR_LBW_RANGE_MASK_11                                 0xEC053C

#define mmTPC3_RTR_LBW_RANGE_MASK_12                                 0xEC0540

#define mmTPC3_RTR_LBW_RANGE_MASK_13                                 0xEC0544

#define mmTPC3_RTR_LBW_RANGE_MASK_14                                 0xEC0548

#define mmTPC3_RTR_LBW_RANGE_MASK_15                                 0xEC054C

#define mmTPC3_RTR_LBW_RANGE_BASE_0                                  0xEC0550

#define mmTPC3_RTR_LBW_RANGE_BASE_1                                  0xEC0554

#define mmTPC3_RTR_LBW_RANGE_BASE_2                                  0xEC0558

#define mmTPC3_RTR_LBW_RANGE_BASE_3                                  0xEC055C

#define mmTPC3_RTR_LBW_RANGE_BASE_4                                  0xEC0560

#define mmTPC3_RTR_LBW_RANGE_BASE_5                                  0xEC0564

#define mmTPC3_RTR_LBW_RANGE_BASE_6                                  0xEC0568

#define mmTPC3_RTR_LBW_RANGE_BASE_7                                  0xEC056C

#define mmTPC3_RTR_LBW_RANGE_BASE_8                                  0xEC0570

#define mmTPC3_RTR_LBW_RANGE_BASE_9                                  0xEC0574

#define mmTPC3_RTR_LBW_RANGE_BASE_10                                 0xEC0578

#define mmTPC3_RTR_LBW_RANGE_BASE_11                                 0xEC057C

#define mmTPC3_RTR_LBW_RANGE_BASE_12                                 0xEC0580

#define mmTPC3_RTR_LBW_RANGE_BASE_13                                 0xEC0584

#define mmTPC3_RTR_LBW_RANGE_BASE_14                                 0xEC0588

#define mmTPC3_RTR_LBW_RANGE_BASE_15                                 0xEC058C

#define mmTPC3_RTR_RGLTR                                             0xEC0590

#define mmTPC3_RTR_RGLTR_WR_RESULT                                   0xEC0594

#define mmTPC3_RTR_RGLTR_RD_RESULT                                   0xEC0598

#define mmTPC3_RTR_SCRAMB_EN                                         0xEC0600

#define mmTPC3_RTR_NON_LIN_SCRAMB                                    0xEC0604

#endif /* ASIC_REG_TPC3_RTR_REGS_H_ */
