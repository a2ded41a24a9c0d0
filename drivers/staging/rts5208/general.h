/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Driver for Realtek PCI-Express card reader
 *
 * Copyright(c) 2009-2013 Realtek Semiconductor Corp. All rights reserved.
 *
 * Author:
 *   Wei WANG (wei_wang@realsil.com.cn)
 *   Micky Ching (micky_ching@realsil.com.cn)
 */

#ifndef __RTSX_GENERAL_H
#define __RTSX_GENERAL_H

#include "rtsx.h"

int bit1cnt_long(u32 data);

#endif /* __RTSX_GENERAL_H */
