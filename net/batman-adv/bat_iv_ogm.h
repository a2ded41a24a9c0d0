/* SPDX-License-Identifier: GPL-2.0 */
/* Copyright (C) B.A.T.M.A.N. contributors:
 *
 * Marek Lindner, Simon Wunderlich
 */

#ifndef _NET_BATMAN_ADV_BAT_IV_OGM_H_
#define _NET_BATMAN_ADV_BAT_IV_OGM_H_

#include "main.h"

int batadv_iv_init(void);

#endif /* _NET_BATMAN_ADV_BAT_IV_OGM_H_ */
