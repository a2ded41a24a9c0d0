/* SPDX-License-Identifier: GPL-2.0 */
/******************************************************************************
 *
 * Copyright(c) 2007 - 2011 Realtek Corporation. All rights reserved.
 *
 ******************************************************************************/


#ifndef _RTW_QOS_H_
#define _RTW_QOS_H_



struct	qos_priv {
	unsigned int	  qos_option;	/* bit mask option: u-apsd, s-apsd, ts, block ack... */
};


#endif	/* _RTL871X_QOS_H_ */
