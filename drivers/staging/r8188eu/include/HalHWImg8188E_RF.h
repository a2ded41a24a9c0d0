/* SPDX-License-Identifier: GPL-2.0 OR BSD-3-Clause */
/* Copyright(c) 2007 - 2011 Realtek Corporation. */

#ifndef __INC_RF_8188E_HW_IMG_H
#define __INC_RF_8188E_HW_IMG_H

/******************************************************************************
 *                           RadioA_1T.TXT
 ******************************************************************************/

int ODM_ReadAndConfig_RadioA_1T_8188E(struct odm_dm_struct *odm);

#endif /*  end of HWIMG_SUPPORT */
