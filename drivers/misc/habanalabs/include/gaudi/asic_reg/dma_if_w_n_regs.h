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

#ifndef ASIC_REG_DMA_IF_W_N_REGS_H_
#define ASIC_REG_DMA_IF_W_N_REGS_H_

/*
 *****************************************
 *   DMA_IF_W_N (Prototype: DMA_IF)
 *****************************************
 */

#define mmDMA_IF_W_N_HBM0_WR_CRED_CNT                                0x4C0000

#define mmDMA_IF_W_N_HBM1_WR_CRED_CNT                                0x4C0004

#define mmDMA_IF_W_N_HBM0_RD_CRED_CNT                                0x4C0008

#define mmDMA_IF_W_N_HBM1_RD_CRED_CNT                                0x4C000C

#define mmDMA_IF_W_N_HBM_LIMITER_0                                   0x4C0030

#define mmDMA_IF_W_N_HBM_LIMITER_1                                   0x4C0034

#define mmDMA_IF_W_N_HBM_LIMITER_2                                   0x4C0038

#define mmDMA_IF_W_N_HBM_LIMITER_3                                   0x4C003C

#define mmDMA_IF_W_N_HBM_ALMOST_EN_0                                 0x4C0040

#define mmDMA_IF_W_N_HBM_ALMOST_EN_1                                 0x4C0044

#define mmDMA_IF_W_N_HBM_CRED_EN_0                                   0x4C0050

#define mmDMA_IF_W_N_HBM_CRED_EN_1                                   0x4C0054

#define mmDMA_IF_W_N_SOB_MIN_RPROT_0                                 0x4C0100

#define mmDMA_IF_W_N_SOB_MIN_RPROT_1                                 0x4C0104

#define mmDMA_IF_W_N_SOB_MIN_RPROT_2                                 0x4C0108

#define mmDMA_IF_W_N_SOB_MIN_RPROT_3                                 0x4C010C

#define mmDMA_IF_W_N_SOB_MIN_RPROT_4                                 0x4C0110

#define mmDMA_IF_W_N_SOB_MIN_RPROT_5                                 0x4C0114

#define mmDMA_IF_W_N_SOB_MIN_RPROT_6                                 0x4C0118

#define mmDMA_IF_W_N_SOB_MIN_RPROT_7                                 0x4C011C

#define mmDMA_IF_W_N_SOB_MIN_RPROT_8                                 0x4C0120

#define mmDMA_IF_W_N_SOB_MIN_RPROT_9                                 0x4C0124

#define mmDMA_IF_W_N_SOB_MIN_RPROT_10                                0x4C0128

#define mmDMA_IF_W_N_SOB_MIN_RPROT_11                                0x4C012C

#define mmDMA_IF_W_N_SOB_MIN_RPROT_12                                0x4C0130

#define mmDMA_IF_W_N_SOB_MIN_RPROT_13                                0x4C0134

#define mmDMA_IF_W_N_SOB_MIN_RPROT_14                                0x4C0138

#define mmDMA_IF_W_N_SOB_MIN_RPROT_15                                0x4C013C

#define mmDMA_IF_W_N_SOB_MAX_RPROT_0                                 0x4C0140

#define mmDMA_IF_W_N_SOB_MAX_RPROT_1                                 0x4C0144

#define mmDMA_IF_W_N_SOB_MAX_RPROT_2                                 0x4C0148

#define mmDMA_IF_W_N_SOB_MAX_RPROT_3                                 0x4C014C

#define mmDMA_IF_W_N_SOB_MAX_RPROT_4                                 0x4C0150

#define mmDMA_IF_W_N_SOB_MAX_RPROT_5                                 0x4C0154

#define mmDMA_IF_W_N_SOB_MAX_RPROT_6                                 0x4C0158

#define mmDMA_IF_W_N_SOB_MAX_RPROT_7                                 0x4C015C

#define mmDMA_IF_W_N_SOB_MAX_RPROT_8                                 0x4C0160

#define mmDMA_IF_W_N_SOB_MAX_RPROT_9                                 0x4C0164

#define mmDMA_IF_W_N_SOB_MAX_RPROT_10                                0x4C0168

#define mmDMA_IF_W_N_SOB_MAX_RPROT_11                                0x4C016C

#define mmDMA_IF_W_N_SOB_MAX_RPROT_12                                0x4C0170

#define mmDMA_IF_W_N_SOB_MAX_RPROT_13                                0x4C0174

#define mmDMA_IF_W_N_SOB_MAX_RPROT_14                                0x4C0178

#define mmDMA_IF_W_N_SOB_MAX_RPROT_15                                0x4C017C

#define mmDMA_IF_W_N_SOB_MIN_WPROT_0                                 0x4C0180

#define mmDMA_IF_W_N_SOB_MIN_WPROT_1                                 0x4C0184

#define mmDMA_IF_W_N_SOB_MIN_WPROT_2                                 0x4C0188

#define mmDMA_IF_W_N_SOB_MIN_WPROT_3                                 0x4C018C

#define mmDMA_IF_W_N_SOB_MIN_WPROT_4                                 0x4C0190

#define mmDMA_IF_W_N_SOB_MIN_WPROT_5                                 0x4C0194

#define mmDMA_IF_W_N_SOB_MIN_WPROT_6                                 0x4C0198

#define mmDMA_IF_W_N_SOB_MIN_WPROT_7                                 0x4C019C

#define mmDMA_IF_W_N_SOB_MIN_WPROT_8                                 0x4C01A0

#define mmDMA_IF_W_N_SOB_MIN_WPROT_9                                 0x4C01A4

#define mmDMA_IF_W_N_SOB_MIN_WPROT_10                                0x4C01A8

#define mmDMA_IF_W_N_SOB_MIN_WPROT_11                                0x4C01AC

#define mmDMA_IF_W_N_SOB_MIN_WPROT_12                                0x4C01B0

#define mmDMA_IF_W_N_SOB_MIN_WPROT_13                                0x4C01B4

#define mmDMA_IF_W_N_SOB_MIN_WPROT_14                                0x4C01B8

#define mmDMA_IF_W_N_SOB_MIN_WPROT_15                                0x4C01BC

#define mmDMA_IF_W_N_SOB_MAX_WPROT_0                                 0x4C01C0

#define mmDMA_IF_W_N_SOB_MAX_WPROT_1                                 0x4C01C4

#define mmDMA_IF_W_N_SOB_MAX_WPROT_2                                 0x4C01C8

#define mmDMA_IF_W_N_SOB_MAX_WPROT_3                                 0x4C01CC

#define mmDMA_IF_W_N_SOB_MAX_WPROT_4                                 0x4C01D0

#define mmDMA_IF_W_N_SOB_MAX_WPROT_5                                 0x4C01D4

#define mmDMA_IF_W_N_SOB_MAX_WPROT_6                                 0x4C01D8

#define mmDMA_IF_W_N_SOB_MAX_WPROT_7                                 0x4C01DC

#define mmDMA_IF_W_N_SOB_MAX_WPROT_8                                 0x4C01E0

#define mmDMA_IF_W_N_SOB_MAX_WPROT_9                                 0x4C01E4

#define mmDMA_IF_W_N_SOB_MAX_WPROT_10                                0x4C01E8

#define mmDMA_IF_W_N_SOB_MAX_WPROT_11                                0x4C01EC

#define mmDMA_IF_W_N_SOB_MAX_WPROT_12                                0x4C01F0

#define mmDMA_IF_W_N_SOB_MAX_WPROT_13                                0x4C01F4

#define mmDMA_IF_W_N_SOB_MAX_WPROT_14                                0x4C01F8

#define mmDMA_IF_W_N_SOB_MAX_WPROT_15                                0x4C01FC

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_0                                 0x4C0200

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_1                                 0x4C0204

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_2                                 0x4C0208

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_3                                 0x4C020C

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_4                                 0x4C0210

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_5                                 0x4C0214

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_6                                 0x4C0218

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_7                                 0x4C021C

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_8                                 0x4C0220

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_9                                 0x4C0224

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_10                                0x4C0228

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_11                                0x4C022C

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_12                                0x4C0230

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_13                                0x4C0234

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_14                                0x4C0238

#define mmDMA_IF_W_N_SOB_MIN_RPRIV_15                                0x4C023C

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_0                                 0x4C0240

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_1                                 0x4C0244

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_2                                 0x4C0248

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_3                                 0x4C024C

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_4                                 0x4C0250

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_5                                 0x4C0254

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_6                                 0x4C0258

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_7                                 0x4C025C

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_8                                 0x4C0260

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_9                                 0x4C0264

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_10                                0x4C0268

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_11                                0x4C026C

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_12                                0x4C0270

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_13                                0x4C0274

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_14                                0x4C0278

#define mmDMA_IF_W_N_SOB_MAX_RPRIV_15                                0x4C027C

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_0                                 0x4C0280

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_1                                 0x4C0284

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_2                                 0x4C0288

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_3                                 0x4C028C

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_4                                 0x4C0290

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_5                                 0x4C0294

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_6                                 0x4C0298

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_7                                 0x4C029C

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_8                                 0x4C02A0

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_9                                 0x4C02A4

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_10                                0x4C02A8

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_11                                0x4C02AC

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_12                                0x4C02B0

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_13                                0x4C02B4

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_14                                0x4C02B8

#define mmDMA_IF_W_N_SOB_MIN_WPRIV_15                                0x4C02BC

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_0                                 0x4C02C0

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_1                                 0x4C02C4

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_2                                 0x4C02C8

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_3                                 0x4C02CC

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_4                                 0x4C02D0

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_5                                 0x4C02D4

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_6                                 0x4C02D8

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_7                                 0x4C02DC

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_8                                 0x4C02E0

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_9                                 0x4C02E4

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_10                                0x4C02E8

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_11                                0x4C02EC

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_12                                0x4C02F0

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_13                                0x4C02F4

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_14                                0x4C02F8

#define mmDMA_IF_W_N_SOB_MAX_WPRIV_15                                0x4C02FC

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_0                                0x4C0300

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_1                                0x4C0304

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_2                                0x4C0308

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_3                                0x4C030C

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_4                                0x4C0310

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_5                                0x4C0314

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_6                                0x4C0318

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_7                                0x4C031C

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_8                                0x4C0320

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_9                                0x4C0324

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_10                               0x4C0328

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_11                               0x4C032C

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_12                               0x4C0330

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_13                               0x4C0334

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_14                               0x4C0338

#define mmDMA_IF_W_N_DMA0_MIN_RPROT_15                               0x4C033C

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_0                                0x4C0340

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_1                                0x4C0344

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_2                                0x4C0348

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_3                                0x4C034C

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_4                                0x4C0350

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_5                                0x4C0354

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_6                                0x4C0358

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_7                                0x4C035C

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_8                                0x4C0360

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_9                                0x4C0364

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_10                               0x4C0368

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_11                               0x4C036C

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_12                               0x4C0370

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_13                               0x4C0374

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_14                               0x4C0378

#define mmDMA_IF_W_N_DMA0_MAX_RPROT_15                               0x4C037C

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_0                                0x4C0380

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_1                                0x4C0384

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_2                                0x4C0388

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_3                                0x4C038C

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_4                                0x4C0390

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_5                                0x4C0394

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_6                                0x4C0398

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_7                                0x4C039C

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_8                                0x4C03A0

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_9                                0x4C03A4

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_10                               0x4C03A8

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_11                               0x4C03AC

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_12                               0x4C03B0

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_13                               0x4C03B4

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_14                               0x4C03B8

#define mmDMA_IF_W_N_DMA0_MIN_WPROT_15                               0x4C03BC

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_0                                0x4C03C0

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_1                                0x4C03C4

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_2                                0x4C03C8

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_3                                0x4C03CC

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_4                                0x4C03D0

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_5                                0x4C03D4

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_6                                0x4C03D8

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_7                                0x4C03DC

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_8                                0x4C03E0

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_9                                0x4C03E4

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_10                               0x4C03E8

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_11                               0x4C03EC

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_12                               0x4C03F0

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_13                               0x4C03F4

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_14                               0x4C03F8

#define mmDMA_IF_W_N_DMA0_MAX_WPROT_15                               0x4C03FC

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_0                                0x4C0400

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_1                                0x4C0404

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_2                                0x4C0408

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_3                                0x4C040C

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_4                                0x4C0410

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_5                                0x4C0414

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_6                                0x4C0418

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_7                                0x4C041C

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_8                                0x4C0420

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_9                                0x4C0424

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_10                               0x4C0428

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_11                               0x4C042C

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_12                               0x4C0430

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_13                               0x4C0434

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_14                               0x4C0438

#define mmDMA_IF_W_N_DMA0_MIN_RPRIV_15                               0x4C043C

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_0                                0x4C0440

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_1                                0x4C0444

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_2                                0x4C0448

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_3                                0x4C044C

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_4                                0x4C0450

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_5                                0x4C0454

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_6                                0x4C0458

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_7                                0x4C045C

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_8                                0x4C0460

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_9                                0x4C0464

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_10                               0x4C0468

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_11                               0x4C046C

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_12                               0x4C0470

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_13                               0x4C0474

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_14                               0x4C0478

#define mmDMA_IF_W_N_DMA0_MAX_RPRIV_15                               0x4C047C

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_0                                0x4C0480

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_1                                0x4C0484

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_2                                0x4C0488

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_3                                0x4C048C

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_4                                0x4C0490

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_5                                0x4C0494

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_6                                0x4C0498

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_7                                0x4C049C

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_8                                0x4C04A0

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_9                                0x4C04A4

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_10                               0x4C04A8

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_11                               0x4C04AC

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_12                               0x4C04B0

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_13                               0x4C04B4

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_14                               0x4C04B8

#define mmDMA_IF_W_N_DMA0_MIN_WPRIV_15                               0x4C04BC

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_0                                0x4C04C0

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_1                                0x4C04C4

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_2                                0x4C04C8

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_3                                0x4C04CC

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_4                                0x4C04D0

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_5                                0x4C04D4

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_6                                0x4C04D8

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_7                                0x4C04DC

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_8                                0x4C04E0

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_9                                0x4C04E4

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_10                               0x4C04E8

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_11                               0x4C04EC

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_12                               0x4C04F0

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_13                               0x4C04F4

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_14                               0x4C04F8

#define mmDMA_IF_W_N_DMA0_MAX_WPRIV_15                               0x4C04FC

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_0                                0x4C0500

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_1                                0x4C0504

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_2                                0x4C0508

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_3                                0x4C050C

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_4                                0x4C0510

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_5                                0x4C0514

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_6                                0x4C0518

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_7                                0x4C051C

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_8                                0x4C0520

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_9                                0x4C0524

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_10                               0x4C0528

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_11                               0x4C052C

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_12                               0x4C0530

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_13                               0x4C0534

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_14                               0x4C0538

#define mmDMA_IF_W_N_DMA1_MIN_RPROT_15                               0x4C053C

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_0                                0x4C0540

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_1                                0x4C0544

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_2                                0x4C0548

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_3                                0x4C054C

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_4                                0x4C0550

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_5                                0x4C0554

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_6                                0x4C0558

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_7                                0x4C055C

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_8                                0x4C0560

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_9                                0x4C0564

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_10                               0x4C0568

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_11                               0x4C056C

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_12                               0x4C0570

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_13                               0x4C0574

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_14                               0x4C0578

#define mmDMA_IF_W_N_DMA1_MAX_RPROT_15                               0x4C057C

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_0                                0x4C0580

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_1                                0x4C0584

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_2                                0x4C0588

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_3                                0x4C058C

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_4                                0x4C0590

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_5                                0x4C0594

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_6                                0x4C0598

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_7                                0x4C059C

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_8                                0x4C05A0

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_9                                0x4C05A4

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_10                               0x4C05A8

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_11                               0x4C05AC

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_12                               0x4C05B0

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_13                               0x4C05B4

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_14                               0x4C05B8

#define mmDMA_IF_W_N_DMA1_MIN_WPROT_15                               0x4C05BC

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_0                                0x4C05C0

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_1                                0x4C05C4

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_2                                0x4C05C8

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_3                                0x4C05CC

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_4                                0x4C05D0

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_5                                0x4C05D4

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_6                                0x4C05D8

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_7                                0x4C05DC

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_8                                0x4C05E0

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_9                                0x4C05E4

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_10                               0x4C05E8

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_11                               0x4C05EC

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_12                               0x4C05F0

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_13                               0x4C05F4

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_14                               0x4C05F8

#define mmDMA_IF_W_N_DMA1_MAX_WPROT_15                               0x4C05FC

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_0                                0x4C0600

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_1                                0x4C0604

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_2                                0x4C0608

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_3                                0x4C060C

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_4                                0x4C0610

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_5                                0x4C0614

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_6                                0x4C0618

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_7                                0x4C061C

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_8                                0x4C0620

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_9                                0x4C0624

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_10                               0x4C0628

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_11                               0x4C062C

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_12                               0x4C0630

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_13                               0x4C0634

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_14                               0x4C0638

#define mmDMA_IF_W_N_DMA1_MIN_RPRIV_15                               0x4C063C

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_0                                0x4C0640

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_1                                0x4C0644

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_2                                0x4C0648

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_3                                0x4C064C

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_4                                0x4C0650

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_5                                0x4C0654

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_6                                0x4C0658

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_7                                0x4C065C

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_8                                0x4C0660

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_9                                0x4C0664

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_10                               0x4C0668

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_11                               0x4C066C

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_12                               0x4C0670

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_13                               0x4C0674

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_14                               0x4C0678

#define mmDMA_IF_W_N_DMA1_MAX_RPRIV_15                               0x4C067C

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_0                                0x4C0680

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_1                                0x4C0684

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_2                                0x4C0688

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_3                                0x4C068C

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_4                                0x4C0690

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_5                                0x4C0694

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_6                                0x4C0698

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_7                                0x4C069C

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_8                                0x4C06A0

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_9                                0x4C06A4

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_10                               0x4C06A8

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_11                               0x4C06AC

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_12                               0x4C06B0

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_13                               0x4C06B4

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_14                               0x4C06B8

#define mmDMA_IF_W_N_DMA1_MIN_WPRIV_15                               0x4C06BC

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_0                                0x4C06C0

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_1                                0x4C06C4

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_2                                0x4C06C8

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_3                                0x4C06CC

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_4                                0x4C06D0

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_5                                0x4C06D4

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_6                                0x4C06D8

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_7                                0x4C06DC

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_8                                0x4C06E0

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_9                                0x4C06E4

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_10                               0x4C06E8

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_11                               0x4C06EC

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_12                               0x4C06F0

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_13                               0x4C06F4

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_14                               0x4C06F8

#define mmDMA_IF_W_N_DMA1_MAX_WPRIV_15                               0x4C06FC

#define mmDMA_IF_W_N_SOB_HIT_RPROT                                   0x4C0700

#define mmDMA_IF_W_N_SOB_HIT_WPROT                                   0x4C0704

#define mmDMA_IF_W_N_SOB_HIT_RPRIV                                   0x4C070C

#define mmDMA_IF_W_N_SOB_HIT_WPRIV                                   0x4C0710

#define mmDMA_IF_W_N_DMA0_HIT_RPROT                                  0x4C071C

#define mmDMA_IF_W_N_DMA0_HIT_WPROT                                  0x4C0720

#define mmDMA_IF_W_N_DMA0_HIT_RPRIV                                  0x4C0724

#define mmDMA_IF_W_N_DMA0_HIT_WPRIV                                  0x4C0728

#define mmDMA_IF_W_N_DMA1_HIT_RPROT                                  0x4C0730

#define mmDMA_IF_W_N_DMA1_HIT_WPROT                                  0x4C0734

#define mmDMA_IF_W_N_DMA1_HIT_RPRIV                                  0x4C0738

#define mmDMA_IF_W_N_DMA1_HIT_WPRIV                                  0x4C073C

#define mmDMA_IF_W_N_HBM_BIN                                         0x4C0800

#define mmDMA_IF_W_N_MME_BIN                                         0x4C0804

#define mmDMA_IF_W_N_TPC_BIN                                         0x4C0808

#define mmDMA_IF_W_N_DMA_BIN                                         0x4C080C

#define mmDMA_IF_W_N_SOB_CG_EN                                       0x4C0810

#define mmDMA_IF_W_N_HBM_I2C_ADDR_0                                  0x4C0820

#define mmDMA_IF_W_N_HBM_I2C_ADDR_1                                  0x4C0824

#define mmDMA_IF_W_N_HBM_I2C_ADDR_2                                  0x4C0828

#define mmDMA_IF_W_N_HBM_I2C_ADDR_3                                  0x4C082C

#define mmDMA_IF_W_N_HBM_I2C_ADDR_4                                  0x4C0830

#define mmDMA_IF_W_N_HBM_MISC                                        0x4C0834

#endif /* ASIC_REG_DMA_IF_W_N_REGS_H_ */
