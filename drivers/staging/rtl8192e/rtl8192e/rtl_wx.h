/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright(c) 2008 - 2010 Realtek Corporation. All rights reserved.
 *
 * Contact Information: wlanfae <wlanfae@realtek.com>
 */
#ifndef R819x_WX_H
#define R819x_WX_H

struct iw_handler_def;

extern const struct iw_handler_def r8192_wx_handlers_def;
#endif
