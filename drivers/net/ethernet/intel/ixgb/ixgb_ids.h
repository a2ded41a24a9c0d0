/* SPDX-License-Identifier: GPL-2.0 */
/* Copyright(c) 1999 - 2008 Intel Corporation. */

#ifndef _IXGB_IDS_H_
#define _IXGB_IDS_H_

/**********************************************************************
** The Device and Vendor IDs for 10 Gigabit MACs
**********************************************************************/

#define IXGB_DEVICE_ID_82597EX      0x1048
#define IXGB_DEVICE_ID_82597EX_SR   0x1A48
#define IXGB_DEVICE_ID_82597EX_LR   0x1B48
#define IXGB_SUBDEVICE_ID_A11F      0xA11F
#define IXGB_SUBDEVICE_ID_A01F      0xA01F

#define IXGB_DEVICE_ID_82597EX_CX4   0x109E
#define IXGB_SUBDEVICE_ID_A00C  0xA00C
#define IXGB_SUBDEVICE_ID_A01C  0xA01C
#define IXGB_SUBDEVICE_ID_7036  0x7036

#endif /* #ifndef _IXGB_IDS_H_ */
/* End of File */
