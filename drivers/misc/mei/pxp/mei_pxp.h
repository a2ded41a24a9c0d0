/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright © 2020 Intel Corporation
 *
 * Authors:
 * Vitaly Lubart <vitaly.lubart@intel.com>
 */

#ifndef __MEI_PXP_H__
#define __MEI_PXP_H__

/* me_pxp_status: Enumeration of all PXP Status Codes */
enum me_pxp_status {
	ME_PXP_STATUS_SUCCESS			= 0x0000,

};

#endif /* __MEI_PXP_H__ */
