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

#ifndef ASIC_REG_DMA_IF_E_N_REGS_H_
#define ASIC_REG_DMA_IF_E_N_REGS_H_

/*
 *****************************************
 *   DMA_IF_E_N (Prototype: DMA_IF)
 *****************************************
 */

#define mmDMA_IF_E_N_HBM0_WR_CRED_CNT                                0x4E0000

#define mmDMA_IF_E_N_HBM1_WR_CRED_CNT                                0x4E0004

#define mmDMA_IF_E_N_HBM0_RD_CRED_CNT                                0x4E0008

#define mmDMA_IF_E_N_HBM1_RD_CRED_CNT                                0x4E000C

#define mmDMA_IF_E_N_HBM_LIMITER_0                                   0x4E0030

#define mmDMA_IF_E_N_HBM_LIMITER_1                                   0x4E0034

#define mmDMA_IF_E_N_HBM_LIMITER_2                                   0x4E0038

#define mmDMA_IF_E_N_HBM_LIMITER_3                                   0x4E003C

#define mmDMA_IF_E_N_HBM_ALMOST_EN_0                                 0x4E0040

#define mmDMA_IF_E_N_HBM_ALMOST_EN_1                                 0x4E0044

#define mmDMA_IF_E_N_HBM_CRED_EN_0                                   0x4E0050

#define mmDMA_IF_E_N_HBM_CRED_EN_1                                   0x4E0054

#define mmDMA_IF_E_N_SOB_MIN_RPROT_0                                 0x4E0100

#define mmDMA_IF_E_N_SOB_MIN_RPROT_1                                 0x4E0104

#define mmDMA_IF_E_N_SOB_MIN_RPROT_2                                 0x4E0108

#define mmDMA_IF_E_N_SOB_MIN_RPROT_3                                 0x4E010C

#define mmDMA_IF_E_N_SOB_MIN_RPROT_4                                 0x4E0110

#define mmDMA_IF_E_N_SOB_MIN_RPROT_5                                 0x4E0114

#define mmDMA_IF_E_N_SOB_MIN_RPROT_6                                 0x4E0118

#define mmDMA_IF_E_N_SOB_MIN_RPROT_7                                 0x4E011C

#define mmDMA_IF_E_N_SOB_MIN_RPROT_8                                 0x4E0120

#define mmDMA_IF_E_N_SOB_MIN_RPROT_9                                 0x4E0124

#define mmDMA_IF_E_N_SOB_MIN_RPROT_10                                0x4E0128

#define mmDMA_IF_E_N_SOB_MIN_RPROT_11                                0x4E012C

#define mmDMA_IF_E_N_SOB_MIN_RPROT_12                                0x4E0130

#define mmDMA_IF_E_N_SOB_MIN_RPROT_13                                0x4E0134

#define mmDMA_IF_E_N_SOB_MIN_RPROT_14                                0x4E0138

#define mmDMA_IF_E_N_SOB_MIN_RPROT_15                                0x4E013C

#define mmDMA_IF_E_N_SOB_MAX_RPROT_0                                 0x4E0140

#define mmDMA_IF_E_N_SOB_MAX_RPROT_1                                 0x4E0144

#define mmDMA_IF_E_N_SOB_MAX_RPROT_2                                 0x4E0148

#define mmDMA_IF_E_N_SOB_MAX_RPROT_3                                 0x4E014C

#define mmDMA_IF_E_N_SOB_MAX_RPROT_4                                 0x4E0150

#define mmDMA_IF_E_N_SOB_MAX_RPROT_5                                 0x4E0154

#define mmDMA_IF_E_N_SOB_MAX_RPROT_6                                 0x4E0158

#define mmDMA_IF_E_N_SOB_MAX_RPROT_7                                 0x4E015C

#define mmDMA_IF_E_N_SOB_MAX_RPROT_8                                 0x4E0160

#define mmDMA_IF_E_N_SOB_MAX_RPROT_9                                 0x4E0164

#define mmDMA_IF_E_N_SOB_MAX_RPROT_10                                0x4E0168

#define mmDMA_IF_E_N_SOB_MAX_RPROT_11                                0x4E016C

#define mmDMA_IF_E_N_SOB_MAX_RPROT_12                                0x4E0170

#define mmDMA_IF_E_N_SOB_MAX_RPROT_13                                0x4E0174

#define mmDMA_IF_E_N_SOB_MAX_RPROT_14                                0x4E0178

#define mmDMA_IF_E_N_SOB_MAX_RPROT_15                                0x4E017C

#define mmDMA_IF_E_N_SOB_MIN_WPROT_0                                 0x4E0180

#define mmDMA_IF_E_N_SOB_MIN_WPROT_1                                 0x4E0184

#define mmDMA_IF_E_N_SOB_MIN_WPROT_2                                 0x4E0188

#define mmDMA_IF_E_N_SOB_MIN_WPROT_3                                 0x4E018C

#define mmDMA_IF_E_N_SOB_MIN_WPROT_4                                 0x4E0190

#define mmDMA_IF_E_N_SOB_MIN_WPROT_5                                 0x4E0194

#define mmDMA_IF_E_N_SOB_MIN_WPROT_6                                 0x4E0198

#define mmDMA_IF_E_N_SOB_MIN_WPROT_7                                 0x4E019C

#define mmDMA_IF_E_N_SOB_MIN_WPROT_8                                 0x4E01A0

#define mmDMA_IF_E_N_SOB_MIN_WPROT_9                                 0x4E01A4

#define mmDMA_IF_E_N_SOB_MIN_WPROT_10                                0x4E01A8

#define mmDMA_IF_E_N_SOB_MIN_WPROT_11                                0x4E01AC

#define mmDMA_IF_E_N_SOB_MIN_WPROT_12                                0x4E01B0

#define mmDMA_IF_E_N_SOB_MIN_WPROT_13                                0x4E01B4

#define mmDMA_IF_E_N_SOB_MIN_WPROT_14                                0x4E01B8

#define mmDMA_IF_E_N_SOB_MIN_WPROT_15                                0x4E01BC

#define mmDMA_IF_E_N_SOB_MAX_WPROT_0                                 0x4E01C0

#define mmDMA_IF_E_N_SOB_MAX_WPROT_1                                 0x4E01C4

#define mmDMA_IF_E_N_SOB_MAX_WPROT_2                                 0x4E01C8

#define mmDMA_IF_E_N_SOB_MAX_WPROT_3                                 0x4E01CC

#define mmDMA_IF_E_N_SOB_MAX_WPROT_4                                 0x4E01D0

#define mmDMA_IF_E_N_SOB_MAX_WPROT_5                                 0x4E01D4

#define mmDMA_IF_E_N_SOB_MAX_WPROT_6                                 0x4E01D8

#define mmDMA_IF_E_N_SOB_MAX_WPROT_7                                 0x4E01DC

#define mmDMA_IF_E_N_SOB_MAX_WPROT_8                                 0x4E01E0

#define mmDMA_IF_E_N_SOB_MAX_WPROT_9                                 0x4E01E4

#define mmDMA_IF_E_N_SOB_MAX_WPROT_10                                0x4E01E8

#define mmDMA_IF_E_N_SOB_MAX_WPROT_11                                0x4E01EC

#define mmDMA_IF_E_N_SOB_MAX_WPROT_12                                0x4E01F0

#define mmDMA_IF_E_N_SOB_MAX_WPROT_13                                0x4E01F4

#define mmDMA_IF_E_N_SOB_MAX_WPROT_14                                0x4E01F8

#define mmDMA_IF_E_N_SOB_MAX_WPROT_15                                0x4E01FC

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_0                                 0x4E0200

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_1                                 0x4E0204

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_2                                 0x4E0208

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_3                                 0x4E020C

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_4                                 0x4E0210

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_5                                 0x4E0214

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_6                                 0x4E0218

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_7                                 0x4E021C

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_8                                 0x4E0220

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_9                                 0x4E0224

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_10                                0x4E0228

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_11                                0x4E022C

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_12                                0x4E0230

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_13                                0x4E0234

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_14                                0x4E0238

#define mmDMA_IF_E_N_SOB_MIN_RPRIV_15                                0x4E023C

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_0                                 0x4E0240

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_1                                 0x4E0244

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_2                                 0x4E0248

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_3                                 0x4E024C

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_4                                 0x4E0250

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_5                                 0x4E0254

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_6                                 0x4E0258

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_7                                 0x4E025C

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_8                                 0x4E0260

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_9                                 0x4E0264

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_10                                0x4E0268

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_11                                0x4E026C

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_12                                0x4E0270

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_13                                0x4E0274

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_14                                0x4E0278

#define mmDMA_IF_E_N_SOB_MAX_RPRIV_15                                0x4E027C

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_0                                 0x4E0280

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_1                                 0x4E0284

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_2                                 0x4E0288

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_3                                 0x4E028C

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_4                                 0x4E0290

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_5                                 0x4E0294

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_6                                 0x4E0298

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_7                                 0x4E029C

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_8                                 0x4E02A0

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_9                                 0x4E02A4

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_10                                0x4E02A8

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_11                                0x4E02AC

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_12                                0x4E02B0

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_13                                0x4E02B4

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_14                                0x4E02B8

#define mmDMA_IF_E_N_SOB_MIN_WPRIV_15                                0x4E02BC

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_0                                 0x4E02C0

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_1                                 0x4E02C4

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_2                                 0x4E02C8

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_3                                 0x4E02CC

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_4                                 0x4E02D0

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_5                                 0x4E02D4

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_6                                 0x4E02D8

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_7                                 0x4E02DC

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_8                                 0x4E02E0

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_9                                 0x4E02E4

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_10                                0x4E02E8

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_11                                0x4E02EC

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_12                                0x4E02F0

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_13                                0x4E02F4

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_14                                0x4E02F8

#define mmDMA_IF_E_N_SOB_MAX_WPRIV_15                                0x4E02FC

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_0                                0x4E0300

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_1                                0x4E0304

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_2                                0x4E0308

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_3                                0x4E030C

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_4                                0x4E0310

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_5                                0x4E0314

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_6                                0x4E0318

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_7                                0x4E031C

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_8                                0x4E0320

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_9                                0x4E0324

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_10                               0x4E0328

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_11                               0x4E032C

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_12                               0x4E0330

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_13                               0x4E0334

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_14                               0x4E0338

#define mmDMA_IF_E_N_DMA0_MIN_RPROT_15                               0x4E033C

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_0                                0x4E0340

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_1                                0x4E0344

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_2                                0x4E0348

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_3                                0x4E034C

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_4                                0x4E0350

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_5                                0x4E0354

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_6                                0x4E0358

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_7                                0x4E035C

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_8                                0x4E0360

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_9                                0x4E0364

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_10                               0x4E0368

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_11                               0x4E036C

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_12                               0x4E0370

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_13                               0x4E0374

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_14                               0x4E0378

#define mmDMA_IF_E_N_DMA0_MAX_RPROT_15                               0x4E037C

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_0                                0x4E0380

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_1                                0x4E0384

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_2                                0x4E0388

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_3                                0x4E038C

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_4                                0x4E0390

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_5                                0x4E0394

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_6                                0x4E0398

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_7                                0x4E039C

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_8                                0x4E03A0

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_9                                0x4E03A4

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_10                               0x4E03A8

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_11                               0x4E03AC

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_12                               0x4E03B0

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_13                               0x4E03B4

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_14                               0x4E03B8

#define mmDMA_IF_E_N_DMA0_MIN_WPROT_15                               0x4E03BC

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_0                                0x4E03C0

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_1                                0x4E03C4

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_2                                0x4E03C8

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_3                                0x4E03CC

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_4                                0x4E03D0

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_5                                0x4E03D4

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_6                                0x4E03D8

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_7                                0x4E03DC

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_8                                0x4E03E0

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_9                                0x4E03E4

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_10                               0x4E03E8

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_11                               0x4E03EC

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_12                               0x4E03F0

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_13                               0x4E03F4

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_14                               0x4E03F8

#define mmDMA_IF_E_N_DMA0_MAX_WPROT_15                               0x4E03FC

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_0                                0x4E0400

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_1                                0x4E0404

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_2                                0x4E0408

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_3                                0x4E040C

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_4                                0x4E0410

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_5                                0x4E0414

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_6                                0x4E0418

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_7                                0x4E041C

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_8                                0x4E0420

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_9                                0x4E0424

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_10                               0x4E0428

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_11                               0x4E042C

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_12                               0x4E0430

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_13                               0x4E0434

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_14                               0x4E0438

#define mmDMA_IF_E_N_DMA0_MIN_RPRIV_15                               0x4E043C

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_0                                0x4E0440

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_1                                0x4E0444

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_2                                0x4E0448

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_3                                0x4E044C

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_4                                0x4E0450

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_5                                0x4E0454

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_6                                0x4E0458

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_7                                0x4E045C

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_8                                0x4E0460

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_9                                0x4E0464

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_10                               0x4E0468

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_11                               0x4E046C

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_12                               0x4E0470

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_13                               0x4E0474

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_14                               0x4E0478

#define mmDMA_IF_E_N_DMA0_MAX_RPRIV_15                               0x4E047C

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_0                                0x4E0480

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_1                                0x4E0484

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_2                                0x4E0488

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_3                                0x4E048C

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_4                                0x4E0490

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_5                                0x4E0494

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_6                                0x4E0498

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_7                                0x4E049C

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_8                                0x4E04A0

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_9                                0x4E04A4

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_10                               0x4E04A8

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_11                               0x4E04AC

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_12                               0x4E04B0

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_13                               0x4E04B4

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_14                               0x4E04B8

#define mmDMA_IF_E_N_DMA0_MIN_WPRIV_15                               0x4E04BC

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_0                                0x4E04C0

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_1                                0x4E04C4

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_2                                0x4E04C8

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_3                                0x4E04CC

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_4                                0x4E04D0

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_5                                0x4E04D4

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_6                                0x4E04D8

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_7                                0x4E04DC

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_8                                0x4E04E0

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_9                                0x4E04E4

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_10                               0x4E04E8

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_11                               0x4E04EC

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_12                               0x4E04F0

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_13                               0x4E04F4

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_14                               0x4E04F8

#define mmDMA_IF_E_N_DMA0_MAX_WPRIV_15                               0x4E04FC

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_0                                0x4E0500

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_1                                0x4E0504

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_2                                0x4E0508

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_3                                0x4E050C

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_4                                0x4E0510

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_5                                0x4E0514

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_6                                0x4E0518

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_7                                0x4E051C

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_8                                0x4E0520

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_9                                0x4E0524

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_10                               0x4E0528

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_11                               0x4E052C

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_12                               0x4E0530

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_13                               0x4E0534

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_14                               0x4E0538

#define mmDMA_IF_E_N_DMA1_MIN_RPROT_15                               0x4E053C

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_0                                0x4E0540

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_1                                0x4E0544

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_2                                0x4E0548

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_3                                0x4E054C

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_4                                0x4E0550

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_5                                0x4E0554

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_6                                0x4E0558

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_7                                0x4E055C

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_8                                0x4E0560

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_9                                0x4E0564

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_10                               0x4E0568

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_11                               0x4E056C

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_12                               0x4E0570

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_13                               0x4E0574

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_14                               0x4E0578

#define mmDMA_IF_E_N_DMA1_MAX_RPROT_15                               0x4E057C

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_0                                0x4E0580

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_1                                0x4E0584

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_2                                0x4E0588

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_3                                0x4E058C

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_4                                0x4E0590

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_5                                0x4E0594

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_6                                0x4E0598

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_7                                0x4E059C

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_8                                0x4E05A0

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_9                                0x4E05A4

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_10                               0x4E05A8

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_11                               0x4E05AC

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_12                               0x4E05B0

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_13                               0x4E05B4

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_14                               0x4E05B8

#define mmDMA_IF_E_N_DMA1_MIN_WPROT_15                               0x4E05BC

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_0                                0x4E05C0

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_1                                0x4E05C4

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_2                                0x4E05C8

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_3                                0x4E05CC

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_4                                0x4E05D0

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_5                                0x4E05D4

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_6                                0x4E05D8

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_7                                0x4E05DC

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_8                                0x4E05E0

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_9                                0x4E05E4

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_10                               0x4E05E8

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_11                               0x4E05EC

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_12                               0x4E05F0

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_13                               0x4E05F4

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_14                               0x4E05F8

#define mmDMA_IF_E_N_DMA1_MAX_WPROT_15                               0x4E05FC

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_0                                0x4E0600

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_1                                0x4E0604

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_2                                0x4E0608

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_3                                0x4E060C

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_4                                0x4E0610

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_5                                0x4E0614

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_6                                0x4E0618

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_7                                0x4E061C

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_8                                0x4E0620

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_9                                0x4E0624

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_10                               0x4E0628

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_11                               0x4E062C

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_12                               0x4E0630

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_13                               0x4E0634

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_14                               0x4E0638

#define mmDMA_IF_E_N_DMA1_MIN_RPRIV_15                               0x4E063C

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_0                                0x4E0640

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_1                                0x4E0644

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_2                                0x4E0648

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_3                                0x4E064C

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_4                                0x4E0650

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_5                                0x4E0654

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_6                                0x4E0658

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_7                                0x4E065C

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_8                                0x4E0660

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_9                                0x4E0664

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_10                               0x4E0668

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_11                               0x4E066C

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_12                               0x4E0670

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_13                               0x4E0674

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_14                               0x4E0678

#define mmDMA_IF_E_N_DMA1_MAX_RPRIV_15                               0x4E067C

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_0                                0x4E0680

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_1                                0x4E0684

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_2                                0x4E0688

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_3                                0x4E068C

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_4                                0x4E0690

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_5                                0x4E0694

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_6                                0x4E0698

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_7                                0x4E069C

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_8                                0x4E06A0

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_9                                0x4E06A4

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_10                               0x4E06A8

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_11                               0x4E06AC

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_12                               0x4E06B0

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_13                               0x4E06B4

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_14                               0x4E06B8

#define mmDMA_IF_E_N_DMA1_MIN_WPRIV_15                               0x4E06BC

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_0                                0x4E06C0

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_1                                0x4E06C4

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_2                                0x4E06C8

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_3                                0x4E06CC

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_4                                0x4E06D0

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_5                                0x4E06D4

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_6                                0x4E06D8

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_7                                0x4E06DC

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_8                                0x4E06E0

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_9                                0x4E06E4

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_10                               0x4E06E8

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_11                               0x4E06EC

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_12                               0x4E06F0

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_13                               0x4E06F4

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_14                               0x4E06F8

#define mmDMA_IF_E_N_DMA1_MAX_WPRIV_15                               0x4E06FC

#define mmDMA_IF_E_N_SOB_HIT_RPROT                                   0x4E0700

#define mmDMA_IF_E_N_SOB_HIT_WPROT                                   0x4E0704

#define mmDMA_IF_E_N_SOB_HIT_RPRIV                                   0x4E070C

#define mmDMA_IF_E_N_SOB_HIT_WPRIV                                   0x4E0710

#define mmDMA_IF_E_N_DMA0_HIT_RPROT                                  0x4E071C

#define mmDMA_IF_E_N_DMA0_HIT_WPROT                                  0x4E0720

#define mmDMA_IF_E_N_DMA0_HIT_RPRIV                                  0x4E0724

#define mmDMA_IF_E_N_DMA0_HIT_WPRIV                                  0x4E0728

#define mmDMA_IF_E_N_DMA1_HIT_RPROT                                  0x4E0730

#define mmDMA_IF_E_N_DMA1_HIT_WPROT                                  0x4E0734

#define mmDMA_IF_E_N_DMA1_HIT_RPRIV                                  0x4E0738

#define mmDMA_IF_E_N_DMA1_HIT_WPRIV                                  0x4E073C

#define mmDMA_IF_E_N_HBM_BIN                                         0x4E0800

#define mmDMA_IF_E_N_MME_BIN                                         0x4E0804

#define mmDMA_IF_E_N_TPC_BIN                                         0x4E0808

#define mmDMA_IF_E_N_DMA_BIN                                         0x4E080C

#define mmDMA_IF_E_N_SOB_CG_EN                                       0x4E0810

#define mmDMA_IF_E_N_HBM_I2C_ADDR_0                                  0x4E0820

#define mmDMA_IF_E_N_HBM_I2C_ADDR_1                                  0x4E0824

#define mmDMA_IF_E_N_HBM_I2C_ADDR_2                                  0x4E0828

#define mmDMA_IF_E_N_HBM_I2C_ADDR_3                                  0x4E082C

#define mmDMA_IF_E_N_HBM_I2C_ADDR_4                                  0x4E0830

#define mmDMA_IF_E_N_HBM_MISC                                        0x4E0834

#endif /* ASIC_REG_DMA_IF_E_N_REGS_H_ */
