/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2014-2015 Hisilicon Limited.
 */

#ifndef _HNS_XGMAC_H
#define _HNS_XGMAC_H

#define HNS_XGMAC_DUMP_NUM		214
#define HNS_XGMAC_NO_LF_RF_INSERT	0x0
#define HNS_XGMAC_LF_INSERT		0x2
#endif
