/* SPDX-License-Identifier: GPL-2.0 */
/* Copyright(c) 2013 - 2018 Intel Corporation. */

#ifndef _IAVF_DEVIDS_H_
#define _IAVF_DEVIDS_H_

/* Device IDs for the VF driver */
#define IAVF_DEV_ID_VF			0x154C
#define IAVF_DEV_ID_VF_HV		0x1571
#define IAVF_DEV_ID_ADAPTIVE_VF		0x1889
#define IAVF_DEV_ID_X722_VF		0x37CD
#endif /* _IAVF_DEVIDS_H_ */
