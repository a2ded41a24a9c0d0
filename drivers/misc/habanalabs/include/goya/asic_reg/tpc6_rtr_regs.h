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

#ifndef ASIC_REG_TPC6_RTR_REGS_H_
#define ASIC_REG_TPC6_RTR_REGS_H_

/*
 *****************************************
 *   TPC6_RTR (Prototype: TPC_RTR)
 *****************************************
 */

#define mmTPC6_RTR_HBW_RD_RQ_E_ARB                                   0xF80100

#define mmTPC6_RTR_HBW_RD_RQ_W_ARB                                   0xF80104

#define mmTPC6_RTR_HBW_RD_RQ_N_ARB                                   0xF80108

#define mmTPC6_RTR_HBW_RD_RQ_S_ARB                                   0xF8010C

#define mmTPC6_RTR_HBW_RD_RQ_L_ARB                                   0xF80110

#define mmTPC6_RTR_HBW_E_ARB_MAX                                     0xF80120

#define mmTPC6_RTR_HBW_W_ARB_MAX                                     0xF80124

#define mmTPC6_RTR_HBW_N_ARB_MAX                                     0xF80128

#define mmTPC6_RTR_HBW_S_ARB_MAX                                     0xF8012C

#define mmTPC6_RTR_HBW_L_ARB_MAX                                     0xF80130

#define mmTPC6_RTR_HBW_RD_RS_E_ARB                                   0xF80140

#define mmTPC6_RTR_HBW_RD_RS_W_ARB                                   0xF80144

#define mmTPC6_RTR_HBW_RD_RS_N_ARB                                   0xF80148

#define mmTPC6_RTR_HBW_RD_RS_S_ARB                                   0xF8014C

#define mmTPC6_RTR_HBW_RD_RS_L_ARB                                   0xF80150

#define mmTPC6_RTR_HBW_WR_RQ_E_ARB                                   0xF80170

#define mmTPC6_RTR_HBW_WR_RQ_W_ARB                                   0xF80174

#define mmTPC6_RTR_HBW_WR_RQ_N_ARB                                   0xF80178

#define mmTPC6_RTR_HBW_WR_RQ_S_ARB                                   0xF8017C

#define mmTPC6_RTR_HBW_WR_RQ_L_ARB                                   0xF80180

#define mmTPC6_RTR_HBW_WR_RS_E_ARB                                   0xF80190

#define mmTPC6_RTR_HBW_WR_RS_W_ARB                                   0xF80194

#define mmTPC6_RTR_HBW_WR_RS_N_ARB                                   0xF80198

#define mmTPC6_RTR_HBW_WR_RS_S_ARB                                   0xF8019C

#define mmTPC6_RTR_HBW_WR_RS_L_ARB                                   0xF801A0

#define mmTPC6_RTR_LBW_RD_RQ_E_ARB                                   0xF80200

#define mmTPC6_RTR_LBW_RD_RQ_W_ARB                                   0xF80204

#define mmTPC6_RTR_LBW_RD_RQ_N_ARB                                   0xF80208

#define mmTPC6_RTR_LBW_RD_RQ_S_ARB                                   0xF8020C

#define mmTPC6_RTR_LBW_RD_RQ_L_ARB                                   0xF80210

#define mmTPC6_RTR_LBW_E_ARB_MAX                                     0xF80220

#define mmTPC6_RTR_LBW_W_ARB_MAX                                     0xF80224

#define mmTPC6_RTR_LBW_N_ARB_MAX                                     0xF80228

#define mmTPC6_RTR_LBW_S_ARB_MAX                                     0xF8022C

#define mmTPC6_RTR_LBW_L_ARB_MAX                                     0xF80230

#define mmTPC6_RTR_LBW_RD_RS_E_ARB                                   0xF80250

#define mmTPC6_RTR_LBW_RD_RS_W_ARB                                   0xF80254

#define mmTPC6_RTR_LBW_RD_RS_N_ARB                                   0xF80258

#define mmTPC6_RTR_LBW_RD_RS_S_ARB                                   0xF8025C

#define mmTPC6_RTR_LBW_RD_RS_L_ARB                                   0xF80260

#define mmTPC6_RTR_LBW_WR_RQ_E_ARB                                   0xF80270

#define mmTPC6_RTR_LBW_WR_RQ_W_ARB                                   0xF80274

#define mmTPC6_RTR_LBW_WR_RQ_N_ARB                                   0xF80278

#define mmTPC6_RTR_LBW_WR_RQ_S_ARB                                   0xF8027C

#define mmTPC6_RTR_LBW_WR_RQ_L_ARB                                   0xF80280

#define mmTPC6_RTR_LBW_WR_RS_E_ARB                                   0xF80290

#define mmTPC6_RTR_LBW_WR_RS_W_ARB                                   0xF80294

#define mmTPC6_RTR_LBW_WR_RS_N_ARB                                   0xF80298

#define mmTPC6_RTR_LBW_WR_RS_S_ARB                                   0xF8029C

#define mmTPC6_RTR_LBW_WR_RS_L_ARB                                   0xF802A0

#define mmTPC6_RTR_DBG_E_ARB                                         0xF80300

#define mmTPC6_RTR_DBG_W_ARB                                         0xF80304

#define mmTPC6_RTR_DBG_N_ARB                                         0xF80308

#define mmTPC6_RTR_DBG_S_ARB                                         0xF8030C

#define mmTPC6_RTR_DBG_L_ARB                                         0xF80310

#define mmTPC6_RTR_DBG_E_ARB_MAX                                     0xF80320

#define mmTPC6_RTR_DBG_W_ARB_MAX                                     0xF80324

#define mmTPC6_RTR_DBG_N_ARB_MAX                                     0xF80328

#define mmTPC6_RTR_DBG_S_ARB_MAX                                     0xF8032C

#define mmTPC6_RTR_DBG_L_ARB_MAX                                     0xF80330

#define mmTPC6_RTR_SPLIT_COEF_0                                      0xF80400

#define mmTPC6_RTR_SPLIT_COEF_1                                      0xF80404

#define mmTPC6_RTR_SPLIT_COEF_2                                      0xF80408

#define mmTPC6_RTR_SPLIT_COEF_3                                      0xF8040C

#define mmTPC6_RTR_SPLIT_COEF_4                                      0xF80410

#define mmTPC6_RTR_SPLIT_COEF_5                                      0xF80414

#define mmTPC6_RTR_SPLIT_COEF_6                                      0xF80418

#define mmTPC6_RTR_SPLIT_COEF_7                                      0xF8041C

#define mmTPC6_RTR_SPLIT_COEF_8                                      0xF80420

#define mmTPC6_RTR_SPLIT_COEF_9                                      0xF80424

#define mmTPC6_RTR_SPLIT_CFG                                         0xF80440

#define mmTPC6_RTR_SPLIT_RD_SAT                                      0xF80444

#define mmTPC6_RTR_SPLIT_RD_RST_TOKEN                                0xF80448

#define mmTPC6_RTR_SPLIT_RD_TIMEOUT_0                                0xF8044C

#define mmTPC6_RTR_SPLIT_RD_TIMEOUT_1                                0xF80450

#define mmTPC6_RTR_SPLIT_WR_SAT                                      0xF80454

#define mmTPC6_RTR_WPLIT_WR_TST_TOLEN                                0xF80458

#define mmTPC6_RTR_SPLIT_WR_TIMEOUT_0                                0xF8045C

#define mmTPC6_RTR_SPLIT_WR_TIMEOUT_1                                0xF80460

#define mmTPC6_RTR_HBW_RANGE_HIT                                     0xF80470

#define mmTPC6_RTR_HBW_RANGE_MASK_L_0                                0xF80480

#define mmTPC6_RTR_HBW_RANGE_MASK_L_1                                0xF80484

#define mmTPC6_RTR_HBW_RANGE_MASK_L_2                                0xF80488

#define mmTPC6_RTR_HBW_RANGE_MASK_L_3                                0xF8048C

#define mmTPC6_RTR_HBW_RANGE_MASK_L_4                                0xF80490

#define mmTPC6_RTR_HBW_RANGE_MASK_L_5                                0xF80494

#define mmTPC6_RTR_HBW_RANGE_MASK_L_6                                0xF80498

#define mmTPC6_RTR_HBW_RANGE_MASK_L_7                                0xF8049C

#define mmTPC6_RTR_HBW_RANGE_MASK_H_0                                0xF804A0

#define mmTPC6_RTR_HBW_RANGE_MASK_H_1                                0xF804A4

#define mmTPC6_RTR_HBW_RANGE_MASK_H_2                                0xF804A8

#define mmTPC6_RTR_HBW_RANGE_MASK_H_3                                0xF804AC

#define mmTPC6_RTR_HBW_RANGE_MASK_H_4                                0xF804B0

#define mmTPC6_RTR_HBW_RANGE_MASK_H_5                                0xF804B4

#define mmTPC6_RTR_HBW_RANGE_MASK_H_6                                0xF804B8

#define mmTPC6_RTR_HBW_RANGE_MASK_H_7                                0xF804BC

#define mmTPC6_RTR_HBW_RANGE_BASE_L_0                                0xF804C0

#define mmTPC6_RTR_HBW_RANGE_BASE_L_1                                0xF804C4

#define mmTPC6_RTR_HBW_RANGE_BASE_L_2                                0xF804C8

#define mmTPC6_RTR_HBW_RANGE_BASE_L_3                                0xF804CC

#define mmTPC6_RTR_HBW_RANGE_BASE_L_4                                0xF804D0

#define mmTPC6_RTR_HBW_RANGE_BASE_L_5                                0xF804D4

#define mmTPC6_RTR_HBW_RANGE_BASE_L_6                                0xF804D8

#define mmTPC6_RTR_HBW_RANGE_BASE_L_7                                0xF804DC

#define mmTPC6_RTR_HBW_RANGE_BASE_H_0                                0xF804E0

#define mmTPC6_RTR_HBW_RANGE_BASE_H_1                                0xF804E4

#define mmTPC6_RTR_HBW_RANGE_BASE_H_2                                0xF804E8

#define mmTPC6_RTR_HBW_RANGE_BASE_H_3                                0xF804EC

#define mmTPC6_RTR_HBW_RANGE_BASE_H_4                                0xF804F0

#define mmTPC6_RTR_HBW_RANGE_BASE_H_5                                0xF804F4

#define mmTPC6_RTR_HBW_RANGE_BASE_H_6                                0xF804F8

#define mmTPC6_RTR_HBW_RANGE_BASE_H_7                                0xF804FC

#define mmTPC6_RTR_LBW_RANGE_HIT                                     0xF80500

#define mmTPC6_RTR_LBW_RANGE_MASK_0                                  0xF80510

#define mmTPC6_RTR_LBW_RANGE_MASK_1                                  0xF80514

#define mmTPC6_RTR_LBW_RANGE_MASK_2                                  0xF80518

#define mmTPC6_RTR_LBW_RANGE_MASK_3                                  0xF8051C

#define mmTPC6_RTR_LBW_RANGE_MASK_4                                  0xF80520

#define mmTPC6_RTR_LBW_RANGE_MASK_5                                  0xF80524

#define mmTPC6_RTR_LBW_RANGE_MASK_6                                  0xF80528

#define mmTPC6_RTR_LBW_RANGE_MASK_7                                  0xF8052C

#define mmTPC6_RTR_LBW_RANGE_MASK_8                                  0xF80530

#define mmTPC6_RTR_LBW_RANGE_MASK_9                                  0xF80534

#define mmTPC6_RTR_LBW_RANGE_MASK_10                                 0xF80538

#define mmTPC6_RTR_LBW_RANGE_MASK_11                                 0xF8053C

#define mmTPC6_RTR_LBW_RANGE_MASK_12                                 0xF80540

#define mmTPC6_RTR_LBW_RANGE_MASK_13                                 0xF80544

#define mmTPC6_RTR_LBW_RANGE_MASK_14                                 0xF80548

#define mmTPC6_RTR_LBW_RANGE_MASK_15                                 0xF8054C

#define mmTPC6_RTR_LBW_RANGE_BASE_0                                  0xF80550

#define mmTPC6_RTR_LBW_RANGE_BASE_1                                  0xF80554

#define mmTPC6_RTR_LBW_RANGE_BASE_2                                  0xF80558

#define mmTPC6_RTR_LBW_RANGE_BASE_3                                  0xF8055C

#define mmTPC6_RTR_LBW_RANGE_BASE_4                                  0xF80560

#define mmTPC6_RTR_LBW_RANGE_BASE_5                                  0xF80564

#define mmTPC6_RTR_LBW_RANGE_BASE_6                                  0xF80568

#define mmTPC6_RTR_LBW_RANGE_BASE_7                                  0xF8056C

#define mmTPC6_RTR_LBW_RANGE_BASE_8                                  0xF80570

#define mmTPC6_RTR_LBW_RANGE_BASE_9                                  0xF80574

#define mmTPC6_RTR_LBW_RANGE_BASE_10                                 0xF80578

#define mmTPC6_RTR_LBW_RANGE_BASE_11                                 0xF8057C

#define mmTPC6_RTR_LBW_RANGE_BASE_12                                 0xF80580

#define mmTPC6_RTR_LBW_RANGE_BASE_13                                 0xF80584

#define mmTPC6_RTR_LBW_RANGE_BASE_14                                 0xF80588

#define mmTPC6_RTR_LBW_RANGE_BASE_15                                 0xF8058C

#define mmTPC6_RTR_RGLTR                                             0xF80590

#define mmTPC6_RTR_RGLTR_WR_RESULT                                   0xF80594

#define mmTPC6_RTR_RGLTR_RD_RESULT                                   0xF80598

#define mmTPC6_RTR_SCRAMB_EN                                         0xF80600

#define mmTPC6_RTR_NON_LIN_SCRAMB                                    0xF80604

#endif /* ASIC_REG_TPC6_RTR_REGS_H_ */
