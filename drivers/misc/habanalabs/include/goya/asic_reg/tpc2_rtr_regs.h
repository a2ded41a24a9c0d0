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

#ifndef ASIC_REG_TPC2_RTR_REGS_H_
#define ASIC_REG_TPC2_RTR_REGS_H_

/*
 *****************************************
 *   TPC2_RTR (Prototype: TPC_RTR)
 *****************************************
 */

#define mmTPC2_RTR_HBW_RD_RQ_E_ARB                                   0xE80100

#define mmTPC2_RTR_HBW_RD_RQ_W_ARB                                   0xE80104

#define mmTPC2_RTR_HBW_RD_RQ_N_ARB                                   0xE80108

#define mmTPC2_RTR_HBW_RD_RQ_S_ARB                                   0xE8010C

#define mmTPC2_RTR_HBW_RD_RQ_L_ARB                                   0xE80110

#define mmTPC2_RTR_HBW_E_ARB_MAX                                     0xE80120

#define mmTPC2_RTR_HBW_W_ARB_MAX                                     0xE80124

#define mmTPC2_RTR_HBW_N_ARB_MAX                                     0xE80128

#define mmTPC2_RTR_HBW_S_ARB_MAX                                     0xE8012C

#define mmTPC2_RTR_HBW_L_ARB_MAX                                     0xE80130

#define mmTPC2_RTR_HBW_RD_RS_E_ARB                                   0xE80140

#define mmTPC2_RTR_HBW_RD_RS_W_ARB                                   0xE80144

#define mmTPC2_RTR_HBW_RD_RS_N_ARB                                   0xE80148

#define mmTPC2_RTR_HBW_RD_RS_S_ARB                                   0xE8014C

#define mmTPC2_RTR_HBW_RD_RS_L_ARB                                   0xE80150

#define mmTPC2_RTR_HBW_WR_RQ_E_ARB                                   0xE80170

#define mmTPC2_RTR_HBW_WR_RQ_W_ARB                                   0xE80174

#define mmTPC2_RTR_HBW_WR_RQ_N_ARB                                   0xE80178

#define mmTPC2_RTR_HBW_WR_RQ_S_ARB                                   0xE8017C

#define mmTPC2_RTR_HBW_WR_RQ_L_ARB                                   0xE80180

#define mmTPC2_RTR_HBW_WR_RS_E_ARB                                   0xE80190

#define mmTPC2_RTR_HBW_WR_RS_W_ARB                                   0xE80194

#define mmTPC2_RTR_HBW_WR_RS_N_ARB                                   0xE80198

#define mmTPC2_RTR_HBW_WR_RS_S_ARB                                   0xE8019C

#define mmTPC2_RTR_HBW_WR_RS_L_ARB                                   0xE801A0

#define mmTPC2_RTR_LBW_RD_RQ_E_ARB                                   0xE80200

#define mmTPC2_RTR_LBW_RD_RQ_W_ARB                                   0xE80204

#define mmTPC2_RTR_LBW_RD_RQ_N_ARB                                   0xE80208

#define mmTPC2_RTR_LBW_RD_RQ_S_ARB                                   0xE8020C

#define mmTPC2_RTR_LBW_RD_RQ_L_ARB                                   0xE80210

#define mmTPC2_RTR_LBW_E_ARB_MAX                                     0xE80220

#define mmTPC2_RTR_LBW_W_ARB_MAX                                     0xE80224

#define mmTPC2_RTR_LBW_N_ARB_MAX                                     0xE80228

#define mmTPC2_RTR_LBW_S_ARB_MAX                                     0xE8022C

#define mmTPC2_RTR_LBW_L_ARB_MAX                                     0xE80230

#define mmTPC2_RTR_LBW_RD_RS_E_ARB                                   0xE80250

#define mmTPC2_RTR_LBW_RD_RS_W_ARB                                   0xE80254

#define mmTPC2_RTR_LBW_RD_RS_N_ARB                                   0xE80258

#define mmTPC2_RTR_LBW_RD_RS_S_ARB                                   0xE8025C

#define mmTPC2_RTR_LBW_RD_RS_L_ARB                                   0xE80260

#define mmTPC2_RTR_LBW_WR_RQ_E_ARB                                   0xE80270

#define mmTPC2_RTR_LBW_WR_RQ_W_ARB                                   0xE80274

#define mmTPC2_RTR_LBW_WR_RQ_N_ARB                                   0xE80278

#define mmTPC2_RTR_LBW_WR_RQ_S_ARB                                   0xE8027C

#define mmTPC2_RTR_LBW_WR_RQ_L_ARB                                   0xE80280

#define mmTPC2_RTR_LBW_WR_RS_E_ARB                                   0xE80290

#define mmTPC2_RTR_LBW_WR_RS_W_ARB                                   0xE80294

#define mmTPC2_RTR_LBW_WR_RS_N_ARB                                   0xE80298

#define mmTPC2_RTR_LBW_WR_RS_S_ARB                                   0xE8029C

#define mmTPC2_RTR_LBW_WR_RS_L_ARB                                   0xE802A0

#define mmTPC2_RTR_DBG_E_ARB                                         0xE80300

#define mmTPC2_RTR_DBG_W_ARB                                         0xE80304

#define mmTPC2_RTR_DBG_N_ARB                                         0xE80308

#define mmTPC2_RTR_DBG_S_ARB                                         0xE8030C

#define mmTPC2_RTR_DBG_L_ARB                                         0xE80310

#define mmTPC2_RTR_DBG_E_ARB_MAX                                     0xE80320

#define mmTPC2_RTR_DBG_W_ARB_MAX                                     0xE80324

#define mmTPC2_RTR_DBG_N_ARB_MAX                                     0xE80328

#define mmTPC2_RTR_DBG_S_ARB_MAX                                     0xE8032C

#define mmTPC2_RTR_DBG_L_ARB_MAX                                     0xE80330

#define mmTPC2_RTR_SPLIT_COEF_0                                      0xE80400

#define mmTPC2_RTR_SPLIT_COEF_1                                      0xE80404

#define mmTPC2_RTR_SPLIT_COEF_2                                      0xE80408

#define mmTPC2_RTR_SPLIT_COEF_3                                      0xE8040C

#define mmTPC2_RTR_SPLIT_COEF_4                                      0xE80410

#define mmTPC2_RTR_SPLIT_COEF_5                                      0xE80414

#define mmTPC2_RTR_SPLIT_COEF_6                                      0xE80418

#define mmTPC2_RTR_SPLIT_COEF_7                                      0xE8041C

#define mmTPC2_RTR_SPLIT_COEF_8                                      0xE80420

#define mmTPC2_RTR_SPLIT_COEF_9                                      0xE80424

#define mmTPC2_RTR_SPLIT_CFG                                         0xE80440

#define mmTPC2_RTR_SPLIT_RD_SAT                                      0xE80444

#define mmTPC2_RTR_SPLIT_RD_RST_TOKEN                                0xE80448

#define mmTPC2_RTR_SPLIT_RD_TIMEOUT_0                                0xE8044C

#define mmTPC2_RTR_SPLIT_RD_TIMEOUT_1                                0xE80450

#define mmTPC2_RTR_SPLIT_WR_SAT                                      0xE80454

#define mmTPC2_RTR_WPLIT_WR_TST_TOLEN                                0xE80458

#define mmTPC2_RTR_SPLIT_WR_TIMEOUT_0                                0xE8045C

#define mmTPC2_RTR_SPLIT_WR_TIMEOUT_1                                0xE80460

#define mmTPC2_RTR_HBW_RANGE_HIT                                     0xE80470

#define mmTPC2_RTR_HBW_RANGE_MASK_L_0                                0xE80480

#define mmTPC2_RTR_HBW_RANGE_MASK_L_1                                0xE80484

#define mmTPC2_RTR_HBW_RANGE_MASK_L_2                                0xE80488

#define mmTPC2_RTR_HBW_RANGE_MASK_L_3                                0xE8048C

#define mmTPC2_RTR_HBW_RANGE_MASK_L_4                                0xE80490

#define mmTPC2_RTR_HBW_RANGE_MASK_L_5                                0xE80494

#define mmTPC2_RTR_HBW_RANGE_MASK_L_6                                0xE80498

#define mmTPC2_RTR_HBW_RANGE_MASK_L_7                                0xE8049C

#define mmTPC2_RTR_HBW_RANGE_MASK_H_0                                0xE804A0

#define mmTPC2_RTR_HBW_RANGE_MASK_H_1                                0xE804A4

#define mmTPC2_RTR_HBW_RANGE_MASK_H_2                                0xE804A8

#define mmTPC2_RTR_HBW_RANGE_MASK_H_3                                0xE804AC

#define mmTPC2_RTR_HBW_RANGE_MASK_H_4                                0xE804B0

#define mmTPC2_RTR_HBW_RANGE_MASK_H_5                                0xE804B4

#define mmTPC2_RTR_HBW_RANGE_MASK_H_6                                0xE804B8

#define mmTPC2_RTR_HBW_RANGE_MASK_H_7                                0xE804BC

#define mmTPC2_RTR_HBW_RANGE_BASE_L_0                                0xE804C0

#define mmTPC2_RTR_HBW_RANGE_BASE_L_1                                0xE804C4

#define mmTPC2_RTR_HBW_RANGE_BASE_L_2                                0xE804C8

#define mmTPC2_RTR_HBW_RANGE_BASE_L_3                                0xE804CC

#define mmTPC2_RTR_HBW_RANGE_BASE_L_4                                0xE804D0

#define mmTPC2_RTR_HBW_RANGE_BASE_L_5                                0xE804D4

#define mmTPC2_RTR_HBW_RANGE_BASE_L_6                                0xE804D8

#define mmTPC2_RTR_HBW_RANGE_BASE_L_7                                0xE804DC

#define mmTPC2_RTR_HBW_RANGE_BASE_H_0                                0xE804E0

#define mmTPC2_RTR_HBW_RANGE_BASE_H_1                                0xE804E4

#define mmTPC2_RTR_HBW_RANGE_BASE_H_2                                0xE804E8

#define mmTPC2_RTR_HBW_RANGE_BASE_H_3                                0xE804EC

#define mmTPC2_RTR_HBW_RANGE_BASE_H_4                                0xE804F0

#define mmTPC2_RTR_HBW_RANGE_BASE_H_5                                0xE804F4

#define mmTPC2_RTR_HBW_RANGE_BASE_H_6                                0xE804F8

#define mmTPC2_RTR_HBW_RANGE_BASE_H_7                                0xE804FC

#define mmTPC2_RTR_LBW_RANGE_HIT                                     0xE80500

#define mmTPC2_RTR_LBW_RANGE_MASK_0                                  0xE80510

#define mmTPC2_RTR_LBW_RANGE_MASK_1                                  0xE80514

#define mmTPC2_RTR_LBW_RANGE_MASK_2                                  0xE80518

#define mmTPC2_RTR_LBW_RANGE_MASK_3                                  0xE8051C

#define mmTPC2_RTR_LBW_RANGE_MASK_4                                  0xE80520

#define mmTPC2_RTR_LBW_RANGE_MASK_5                                  0xE80524

#define mmTPC2_RTR_LBW_RANGE_MASK_6                                  0xE80528

#define mmTPC2_RTR_LBW_RANGE_MASK_7                                  0xE8052C

#define mmTPC2_RTR_LBW_RANGE_MASK_8                                  0xE80530

#define mmTPC2_RTR_LBW_RANGE_MASK_9                                  0xE80534

#define mmTPC2_RTR_LBW_RANGE_MASK_10                                 0xE80538

#define mmTPC2_RTR_LBW_RANGE_MASK_11                                 0xE8053C

#define mmTPC2_RTR_LBW_RANGE_MASK_12                                 0xE80540

#define mmTPC2_RTR_LBW_RANGE_MASK_13                                 0xE80544

#define mmTPC2_RTR_LBW_RANGE_MASK_14                                 0xE80548

#define mmTPC2_RTR_LBW_RANGE_MASK_15                                 0xE8054C

#define mmTPC2_RTR_LBW_RANGE_BASE_0                                  0xE80550

#define mmTPC2_RTR_LBW_RANGE_BASE_1                                  0xE80554

#define mmTPC2_RTR_LBW_RANGE_BASE_2                                  0xE80558

#define mmTPC2_RTR_LBW_RANGE_BASE_3                                  0xE8055C

#define mmTPC2_RTR_LBW_RANGE_BASE_4                                  0xE80560

#define mmTPC2_RTR_LBW_RANGE_BASE_5                                  0xE80564

#define mmTPC2_RTR_LBW_RANGE_BASE_6                                  0xE80568

#define mmTPC2_RTR_LBW_RANGE_BASE_7                                  0xE8056C

#define mmTPC2_RTR_LBW_RANGE_BASE_8                                  0xE80570

#define mmTPC2_RTR_LBW_RANGE_BASE_9                                  0xE80574

#define mmTPC2_RTR_LBW_RANGE_BASE_10                                 0xE80578

#define mmTPC2_RTR_LBW_RANGE_BASE_11                                 0xE8057C

#define mmTPC2_RTR_LBW_RANGE_BASE_12                                 0xE80580

#define mmTPC2_RTR_LBW_RANGE_BASE_13                                 0xE80584

#define mmTPC2_RTR_LBW_RANGE_BASE_14                                 0xE80588

#define mmTPC2_RTR_LBW_RANGE_BASE_15                                 0xE8058C

#define mmTPC2_RTR_RGLTR                                             0xE80590

#define mmTPC2_RTR_RGLTR_WR_RESULT                                   0xE80594

#define mmTPC2_RTR_RGLTR_RD_RESULT                                   0xE80598

#define mmTPC2_RTR_SCRAMB_EN                                         0xE80600

#define mmTPC2_RTR_NON_LIN_SCRAMB                                    0xE80604

#endif /* ASIC_REG_TPC2_RTR_REGS_H_ */
