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

#ifndef ASIC_REG_ROT0_REGS_H_
#define ASIC_REG_ROT0_REGS_H_

/*
 *****************************************
 *   ROT0
 *   (Prototype: ROTATOR)
 *****************************************
 */

#define mmROT0_KMD_MODE 0x4E0B000

#define mmROT0_CPL_QUEUE_EN 0x4E0B004

#define mmROT0_CPL_QUEUE_ADDR_L 0x4E0B008

#define mmROT0_CPL_QUEUE_ADDR_H 0x4E0B00C

#define mmROT0_CPL_QUEUE_DATA 0x4E0B010

#define mmROT0_CPL_QUEUE_AWUSER 0x4E0B014

#define mmROT0_CPL_QUEUE_AXI 0x4E0B018

#define mmROT0_CPL_MSG_THRESHOLD 0x4E0B020

#define mmROT0_CPL_MSG_AXI 0x4E0B024

#define mmROT0_AXI_WB 0x4E0B028

#define mmROT0_ERR_CFG 0x4E0B02C

#define mmROT0_ERR_STATUS 0x4E0B030

#define mmROT0_WBC_MAX_OUTSTANDING 0x4E0B038

#define mmROT0_WBC_RL 0x4E0B03C

#define mmROT0_WBC_INFLIGHTS 0x4E0B040

#define mmROT0_WBC_INFO 0x4E0B044

#define mmROT0_WBC_MON 0x4E0B048

#define mmROT0_RSB_CAM_MAX_SIZE 0x4E0B04C

#define mmROT0_RSB_CFG 0x4E0B050

#define mmROT0_RSB_MAX_OS 0x4E0B054

#define mmROT0_RSB_RL 0x4E0B058

#define mmROT0_RSB_INFLIGHTS 0x4E0B05C

#define mmROT0_RSB_OCCUPANCY 0x4E0B060

#define mmROT0_RSB_INFO 0x4E0B064

#define mmROT0_RSB_MON 0x4E0B068

#define mmROT0_RSB_MON_CONTEXT_ID 0x4E0B06C

#define mmROT0_MSS_HALT 0x4E0B070

#define mmROT0_MSS_SEI_STATUS 0x4E0B074

#define mmROT0_MSS_SEI_MASK 0x4E0B078

#define mmROT0_MSS_SPI_STATUS 0x4E0B07C

#define mmROT0_MSS_SPI_MASK 0x4E0B080

#define mmROT0_DISABLE_PAD_CALC 0x4E0B084

#define mmROT0_QMAN_CFG 0x4E0B088

#define mmROT0_CLK_EN 0x4E0B08C

#define mmROT0_MRSB_CAM_MAX_SIZE 0x4E0B090

#define mmROT0_MRSB_CFG 0x4E0B094

#define mmROT0_MRSB_MAX_OS 0x4E0B098

#define mmROT0_MRSB_RL 0x4E0B09C

#define mmROT0_MRSB_INFLIGHTS 0x4E0B0A0

#define mmROT0_MRSB_OCCUPANCY 0x4E0B0A4

#define mmROT0_MRSB_INFO 0x4E0B0A8

#define mmROT0_MRSB_MON 0x4E0B0AC

#define mmROT0_MRSB_MON_CONTEXT_ID 0x4E0B0B0

#define mmROT0_MSS_STS 0x4E0B0B4

#endif /* ASIC_REG_ROT0_REGS_H_ */
