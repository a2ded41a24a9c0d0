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

#ifndef ASIC_REG_DMA_IF_E_S_REGS_H_
#define ASIC_REG_DMA_IF_E_S_REGS_H_

/*
 *****************************************
 *   DMA_IF_E_S (Prototype: DMA_IF)
 *****************************************
 */

#define mmDMA_IF_E_S_HBM0_WR_CRED_CNT                                0x4A0000

#define mmDMA_IF_E_S_HBM1_WR_CRED_CNT                                0x4A0004

#define mmDMA_IF_E_S_HBM0_RD_CRED_CNT                                0x4A0008

#define mmDMA_IF_E_S_HBM1_RD_CRED_CNT                                0x4A000C

#define mmDMA_IF_E_S_HBM_LIMITER_0                                   0x4A0030

#define mmDMA_IF_E_S_HBM_LIMITER_1                                   0x4A0034

#define mmDMA_IF_E_S_HBM_LIMITER_2                                   0x4A0038

#define mmDMA_IF_E_S_HBM_LIMITER_3                                   0x4A003C

#define mmDMA_IF_E_S_HBM_ALMOST_EN_0                                 0x4A0040

#define mmDMA_IF_E_S_HBM_ALMOST_EN_1                                 0x4A0044

#define mmDMA_IF_E_S_HBM_CRED_EN_0                                   0x4A0050

#define mmDMA_IF_E_S_HBM_CRED_EN_1                                   0x4A0054

#define mmDMA_IF_E_S_SOB_MIN_RPROT_0                                 0x4A0100

#define mmDMA_IF_E_S_SOB_MIN_RPROT_1                                 0x4A0104

#define mmDMA_IF_E_S_SOB_MIN_RPROT_2                                 0x4A0108

#define mmDMA_IF_E_S_SOB_MIN_RPROT_3                                 0x4A010C

#define mmDMA_IF_E_S_SOB_MIN_RPROT_4                                 0x4A0110

#define mmDMA_IF_E_S_SOB_MIN_RPROT_5                                 0x4A0114

#define mmDMA_IF_E_S_SOB_MIN_RPROT_6                                 0x4A0118

#define mmDMA_IF_E_S_SOB_MIN_RPROT_7                                 0x4A011C

#define mmDMA_IF_E_S_SOB_MIN_RPROT_8                                 0x4A0120

#define mmDMA_IF_E_S_SOB_MIN_RPROT_9                                 0x4A0124

#define mmDMA_IF_E_S_SOB_MIN_RPROT_10                                0x4A0128

#define mmDMA_IF_E_S_SOB_MIN_RPROT_11                                0x4A012C

#define mmDMA_IF_E_S_SOB_MIN_RPROT_12                                0x4A0130

#define mmDMA_IF_E_S_SOB_MIN_RPROT_13                                0x4A0134

#define mmDMA_IF_E_S_SOB_MIN_RPROT_14                                0x4A0138

#define mmDMA_IF_E_S_SOB_MIN_RPROT_15                                0x4A013C

#define mmDMA_IF_E_S_SOB_MAX_RPROT_0                                 0x4A0140

#define mmDMA_IF_E_S_SOB_MAX_RPROT_1                                 0x4A0144

#define mmDMA_IF_E_S_SOB_MAX_RPROT_2                                 0x4A0148

#define mmDMA_IF_E_S_SOB_MAX_RPROT_3                                 0x4A014C

#define mmDMA_IF_E_S_SOB_MAX_RPROT_4                                 0x4A0150

#define mmDMA_IF_E_S_SOB_MAX_RPROT_5                                 0x4A0154

#define mmDMA_IF_E_S_SOB_MAX_RPROT_6                                 0x4A0158

#define mmDMA_IF_E_S_SOB_MAX_RPROT_7                                 0x4A015C

#define mmDMA_IF_E_S_SOB_MAX_RPROT_8                                 0x4A0160

#define mmDMA_IF_E_S_SOB_MAX_RPROT_9                                 0x4A0164

#define mmDMA_IF_E_S_SOB_MAX_RPROT_10                                0x4A0168

#define mmDMA_IF_E_S_SOB_MAX_RPROT_11                                0x4A016C

#define mmDMA_IF_E_S_SOB_MAX_RPROT_12                                0x4A0170

#define mmDMA_IF_E_S_SOB_MAX_RPROT_13                                0x4A0174

#define mmDMA_IF_E_S_SOB_MAX_RPROT_14                                0x4A0178

#define mmDMA_IF_E_S_SOB_MAX_RPROT_15                                0x4A017C

#define mmDMA_IF_E_S_SOB_MIN_WPROT_0                                 0x4A0180

#define mmDMA_IF_E_S_SOB_MIN_WPROT_1                                 0x4A0184

#define mmDMA_IF_E_S_SOB_MIN_WPROT_2                                 0x4A0188

#define mmDMA_IF_E_S_SOB_MIN_WPROT_3                                 0x4A018C

#define mmDMA_IF_E_S_SOB_MIN_WPROT_4                                 0x4A0190

#define mmDMA_IF_E_S_SOB_MIN_WPROT_5                                 0x4A0194

#define mmDMA_IF_E_S_SOB_MIN_WPROT_6                                 0x4A0198

#define mmDMA_IF_E_S_SOB_MIN_WPROT_7                                 0x4A019C

#define mmDMA_IF_E_S_SOB_MIN_WPROT_8                                 0x4A01A0

#define mmDMA_IF_E_S_SOB_MIN_WPROT_9                                 0x4A01A4

#define mmDMA_IF_E_S_SOB_MIN_WPROT_10                                0x4A01A8

#define mmDMA_IF_E_S_SOB_MIN_WPROT_11                                0x4A01AC

#define mmDMA_IF_E_S_SOB_MIN_WPROT_12                                0x4A01B0

#define mmDMA_IF_E_S_SOB_MIN_WPROT_13                                0x4A01B4

#define mmDMA_IF_E_S_SOB_MIN_WPROT_14                                0x4A01B8

#define mmDMA_IF_E_S_SOB_MIN_WPROT_15                                0x4A01BC

#define mmDMA_IF_E_S_SOB_MAX_WPROT_0                                 0x4A01C0

#define mmDMA_IF_E_S_SOB_MAX_WPROT_1                                 0x4A01C4

#define mmDMA_IF_E_S_SOB_MAX_WPROT_2                                 0x4A01C8

#define mmDMA_IF_E_S_SOB_MAX_WPROT_3                                 0x4A01CC

#define mmDMA_IF_E_S_SOB_MAX_WPROT_4                                 0x4A01D0

#define mmDMA_IF_E_S_SOB_MAX_WPROT_5                                 0x4A01D4

#define mmDMA_IF_E_S_SOB_MAX_WPROT_6                                 0x4A01D8

#define mmDMA_IF_E_S_SOB_MAX_WPROT_7                                 0x4A01DC

#define mmDMA_IF_E_S_SOB_MAX_WPROT_8                                 0x4A01E0

#define mmDMA_IF_E_S_SOB_MAX_WPROT_9                                 0x4A01E4

#define mmDMA_IF_E_S_SOB_MAX_WPROT_10                                0x4A01E8

#define mmDMA_IF_E_S_SOB_MAX_WPROT_11                                0x4A01EC

#define mmDMA_IF_E_S_SOB_MAX_WPROT_12                                0x4A01F0

#define mmDMA_IF_E_S_SOB_MAX_WPROT_13                                0x4A01F4

#define mmDMA_IF_E_S_SOB_MAX_WPROT_14                                0x4A01F8

#define mmDMA_IF_E_S_SOB_MAX_WPROT_15                                0x4A01FC

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_0                                 0x4A0200

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_1                                 0x4A0204

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_2                                 0x4A0208

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_3                                 0x4A020C

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_4                                 0x4A0210

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_5                                 0x4A0214

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_6                                 0x4A0218

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_7                                 0x4A021C

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_8                                 0x4A0220

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_9                                 0x4A0224

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_10                                0x4A0228

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_11                                0x4A022C

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_12                                0x4A0230

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_13                                0x4A0234

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_14                                0x4A0238

#define mmDMA_IF_E_S_SOB_MIN_RPRIV_15                                0x4A023C

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_0                                 0x4A0240

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_1                                 0x4A0244

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_2                                 0x4A0248

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_3                                 0x4A024C

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_4                                 0x4A0250

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_5                                 0x4A0254

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_6                                 0x4A0258

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_7                                 0x4A025C

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_8                                 0x4A0260

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_9                                 0x4A0264

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_10                                0x4A0268

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_11                                0x4A026C

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_12                                0x4A0270

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_13                                0x4A0274

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_14                                0x4A0278

#define mmDMA_IF_E_S_SOB_MAX_RPRIV_15                                0x4A027C

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_0                                 0x4A0280

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_1                                 0x4A0284

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_2                                 0x4A0288

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_3                                 0x4A028C

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_4                                 0x4A0290

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_5                                 0x4A0294

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_6                                 0x4A0298

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_7                                 0x4A029C

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_8                                 0x4A02A0

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_9                                 0x4A02A4

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_10                                0x4A02A8

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_11                                0x4A02AC

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_12                                0x4A02B0

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_13                                0x4A02B4

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_14                                0x4A02B8

#define mmDMA_IF_E_S_SOB_MIN_WPRIV_15                                0x4A02BC

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_0                                 0x4A02C0

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_1                                 0x4A02C4

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_2                                 0x4A02C8

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_3                                 0x4A02CC

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_4                                 0x4A02D0

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_5                                 0x4A02D4

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_6                                 0x4A02D8

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_7                                 0x4A02DC

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_8                                 0x4A02E0

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_9                                 0x4A02E4

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_10                                0x4A02E8

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_11                                0x4A02EC

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_12                                0x4A02F0

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_13                                0x4A02F4

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_14                                0x4A02F8

#define mmDMA_IF_E_S_SOB_MAX_WPRIV_15                                0x4A02FC

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_0                                0x4A0300

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_1                                0x4A0304

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_2                                0x4A0308

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_3                                0x4A030C

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_4                                0x4A0310

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_5                                0x4A0314

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_6                                0x4A0318

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_7                                0x4A031C

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_8                                0x4A0320

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_9                                0x4A0324

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_10                               0x4A0328

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_11                               0x4A032C

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_12                               0x4A0330

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_13                               0x4A0334

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_14                               0x4A0338

#define mmDMA_IF_E_S_DMA0_MIN_RPROT_15                               0x4A033C

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_0                                0x4A0340

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_1                                0x4A0344

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_2                                0x4A0348

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_3                                0x4A034C

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_4                                0x4A0350

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_5                                0x4A0354

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_6                                0x4A0358

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_7                                0x4A035C

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_8                                0x4A0360

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_9                                0x4A0364

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_10                               0x4A0368

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_11                               0x4A036C

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_12                               0x4A0370

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_13                               0x4A0374

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_14                               0x4A0378

#define mmDMA_IF_E_S_DMA0_MAX_RPROT_15                               0x4A037C

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_0                                0x4A0380

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_1                                0x4A0384

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_2                                0x4A0388

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_3                                0x4A038C

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_4                                0x4A0390

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_5                                0x4A0394

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_6                                0x4A0398

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_7                                0x4A039C

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_8                                0x4A03A0

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_9                                0x4A03A4

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_10                               0x4A03A8

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_11                               0x4A03AC

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_12                               0x4A03B0

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_13                               0x4A03B4

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_14                               0x4A03B8

#define mmDMA_IF_E_S_DMA0_MIN_WPROT_15                               0x4A03BC

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_0                                0x4A03C0

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_1                                0x4A03C4

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_2                                0x4A03C8

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_3                                0x4A03CC

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_4                                0x4A03D0

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_5                                0x4A03D4

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_6                                0x4A03D8

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_7                                0x4A03DC

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_8                                0x4A03E0

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_9                                0x4A03E4

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_10                               0x4A03E8

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_11                               0x4A03EC

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_12                               0x4A03F0

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_13                               0x4A03F4

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_14                               0x4A03F8

#define mmDMA_IF_E_S_DMA0_MAX_WPROT_15                               0x4A03FC

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_0                                0x4A0400

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_1                                0x4A0404

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_2                                0x4A0408

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_3                                0x4A040C

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_4                                0x4A0410

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_5                                0x4A0414

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_6                                0x4A0418

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_7                                0x4A041C

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_8                                0x4A0420

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_9                                0x4A0424

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_10                               0x4A0428

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_11                               0x4A042C

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_12                               0x4A0430

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_13                               0x4A0434

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_14                               0x4A0438

#define mmDMA_IF_E_S_DMA0_MIN_RPRIV_15                               0x4A043C

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_0                                0x4A0440

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_1                                0x4A0444

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_2                                0x4A0448

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_3                                0x4A044C

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_4                                0x4A0450

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_5                                0x4A0454

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_6                                0x4A0458

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_7                                0x4A045C

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_8                                0x4A0460

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_9                                0x4A0464

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_10                               0x4A0468

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_11                               0x4A046C

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_12                               0x4A0470

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_13                               0x4A0474

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_14                               0x4A0478

#define mmDMA_IF_E_S_DMA0_MAX_RPRIV_15                               0x4A047C

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_0                                0x4A0480

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_1                                0x4A0484

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_2                                0x4A0488

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_3                                0x4A048C

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_4                                0x4A0490

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_5                                0x4A0494

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_6                                0x4A0498

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_7                                0x4A049C

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_8                                0x4A04A0

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_9                                0x4A04A4

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_10                               0x4A04A8

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_11                               0x4A04AC

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_12                               0x4A04B0

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_13                               0x4A04B4

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_14                               0x4A04B8

#define mmDMA_IF_E_S_DMA0_MIN_WPRIV_15                               0x4A04BC

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_0                                0x4A04C0

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_1                                0x4A04C4

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_2                                0x4A04C8

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_3                                0x4A04CC

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_4                                0x4A04D0

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_5                                0x4A04D4

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_6                                0x4A04D8

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_7                                0x4A04DC

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_8                                0x4A04E0

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_9                                0x4A04E4

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_10                               0x4A04E8

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_11                               0x4A04EC

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_12                               0x4A04F0

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_13                               0x4A04F4

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_14                               0x4A04F8

#define mmDMA_IF_E_S_DMA0_MAX_WPRIV_15                               0x4A04FC

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_0                                0x4A0500

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_1                                0x4A0504

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_2                                0x4A0508

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_3                                0x4A050C

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_4                                0x4A0510

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_5                                0x4A0514

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_6                                0x4A0518

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_7                                0x4A051C

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_8                                0x4A0520

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_9                                0x4A0524

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_10                               0x4A0528

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_11                               0x4A052C

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_12                               0x4A0530

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_13                               0x4A0534

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_14                               0x4A0538

#define mmDMA_IF_E_S_DMA1_MIN_RPROT_15                               0x4A053C

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_0                                0x4A0540

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_1                                0x4A0544

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_2                                0x4A0548

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_3                                0x4A054C

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_4                                0x4A0550

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_5                                0x4A0554

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_6                                0x4A0558

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_7                                0x4A055C

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_8                                0x4A0560

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_9                                0x4A0564

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_10                               0x4A0568

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_11                               0x4A056C

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_12                               0x4A0570

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_13                               0x4A0574

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_14                               0x4A0578

#define mmDMA_IF_E_S_DMA1_MAX_RPROT_15                               0x4A057C

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_0                                0x4A0580

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_1                                0x4A0584

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_2                                0x4A0588

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_3                                0x4A058C

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_4                                0x4A0590

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_5                                0x4A0594

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_6                                0x4A0598

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_7                                0x4A059C

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_8                                0x4A05A0

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_9                                0x4A05A4

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_10                               0x4A05A8

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_11                               0x4A05AC

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_12                               0x4A05B0

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_13                               0x4A05B4

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_14                               0x4A05B8

#define mmDMA_IF_E_S_DMA1_MIN_WPROT_15                               0x4A05BC

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_0                                0x4A05C0

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_1                                0x4A05C4

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_2                                0x4A05C8

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_3                                0x4A05CC

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_4                                0x4A05D0

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_5                                0x4A05D4

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_6                                0x4A05D8

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_7                                0x4A05DC

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_8                                0x4A05E0

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_9                                0x4A05E4

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_10                               0x4A05E8

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_11                               0x4A05EC

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_12                               0x4A05F0

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_13                               0x4A05F4

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_14                               0x4A05F8

#define mmDMA_IF_E_S_DMA1_MAX_WPROT_15                               0x4A05FC

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_0                                0x4A0600

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_1                                0x4A0604

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_2                                0x4A0608

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_3                                0x4A060C

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_4                                0x4A0610

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_5                                0x4A0614

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_6                                0x4A0618

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_7                                0x4A061C

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_8                                0x4A0620

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_9                                0x4A0624

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_10                               0x4A0628

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_11                               0x4A062C

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_12                               0x4A0630

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_13                               0x4A0634

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_14                               0x4A0638

#define mmDMA_IF_E_S_DMA1_MIN_RPRIV_15                               0x4A063C

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_0                                0x4A0640

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_1                                0x4A0644

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_2                                0x4A0648

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_3                                0x4A064C

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_4                                0x4A0650

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_5                                0x4A0654

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_6                                0x4A0658

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_7                                0x4A065C

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_8                                0x4A0660

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_9                                0x4A0664

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_10                               0x4A0668

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_11                               0x4A066C

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_12                               0x4A0670

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_13                               0x4A0674

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_14                               0x4A0678

#define mmDMA_IF_E_S_DMA1_MAX_RPRIV_15                               0x4A067C

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_0                                0x4A0680

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_1                                0x4A0684

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_2                                0x4A0688

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_3                                0x4A068C

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_4                                0x4A0690

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_5                                0x4A0694

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_6                                0x4A0698

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_7                                0x4A069C

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_8                                0x4A06A0

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_9                                0x4A06A4

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_10                               0x4A06A8

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_11                               0x4A06AC

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_12                               0x4A06B0

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_13                               0x4A06B4

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_14                               0x4A06B8

#define mmDMA_IF_E_S_DMA1_MIN_WPRIV_15                               0x4A06BC

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_0                                0x4A06C0

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_1                                0x4A06C4

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_2                                0x4A06C8

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_3                                0x4A06CC

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_4                                0x4A06D0

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_5                                0x4A06D4

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_6                                0x4A06D8

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_7                                0x4A06DC

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_8                                0x4A06E0

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_9                                0x4A06E4

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_10                               0x4A06E8

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_11                               0x4A06EC

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_12                               0x4A06F0

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_13                               0x4A06F4

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_14                               0x4A06F8

#define mmDMA_IF_E_S_DMA1_MAX_WPRIV_15                               0x4A06FC

#define mmDMA_IF_E_S_SOB_HIT_RPROT                                   0x4A0700

#define mmDMA_IF_E_S_SOB_HIT_WPROT                                   0x4A0704

#define mmDMA_IF_E_S_SOB_HIT_RPRIV                                   0x4A070C

#define mmDMA_IF_E_S_SOB_HIT_WPRIV                                   0x4A0710

#define mmDMA_IF_E_S_DMA0_HIT_RPROT                                  0x4A071C

#define mmDMA_IF_E_S_DMA0_HIT_WPROT                                  0x4A0720

#define mmDMA_IF_E_S_DMA0_HIT_RPRIV                                  0x4A0724

#define mmDMA_IF_E_S_DMA0_HIT_WPRIV                                  0x4A0728

#define mmDMA_IF_E_S_DMA1_HIT_RPROT                                  0x4A0730

#define mmDMA_IF_E_S_DMA1_HIT_WPROT                                  0x4A0734

#define mmDMA_IF_E_S_DMA1_HIT_RPRIV                                  0x4A0738

#define mmDMA_IF_E_S_DMA1_HIT_WPRIV                                  0x4A073C

#define mmDMA_IF_E_S_HBM_BIN                                         0x4A0800

#define mmDMA_IF_E_S_MME_BIN                                         0x4A0804

#define mmDMA_IF_E_S_TPC_BIN                                         0x4A0808

#define mmDMA_IF_E_S_DMA_BIN                                         0x4A080C

#define mmDMA_IF_E_S_SOB_CG_EN                                       0x4A0810

#define mmDMA_IF_E_S_HBM_I2C_ADDR_0                                  0x4A0820

#define mmDMA_IF_E_S_HBM_I2C_ADDR_1                                  0x4A0824

#define mmDMA_IF_E_S_HBM_I2C_ADDR_2                                  0x4A0828

#define mmDMA_IF_E_S_HBM_I2C_ADDR_3                                  0x4A082C

#define mmDMA_IF_E_S_HBM_I2C_ADDR_4                                  0x4A0830

#define mmDMA_IF_E_S_HBM_MISC                                        0x4A0834

#endif /* ASIC_REG_DMA_IF_E_S_REGS_H_ */
