/* SPDX-License-Identifier: GPL-2.0 */
/******************************************************************************
 *
 * Copyright(c) 2007 - 2011 Realtek Corporation. All rights reserved.
 *
 ******************************************************************************/
#ifndef __RTW_DEBUG_H__
#define __RTW_DEBUG_H__

void mac_reg_dump(struct adapter *adapter);
void bb_reg_dump(struct adapter *adapter);
void rf_reg_dump(struct adapter *adapter);

#endif	/* __RTW_DEBUG_H__ */
