/* SPDX-License-Identifier: GPL-2.0 */
/* Copyright (C) 2019-2021, Intel Corporation. */

#ifndef _ICE_PF_VSI_VLAN_OPS_H_
#define _ICE_PF_VSI_VLAN_OPS_H_

#include "ice_vsi_vlan_ops.h"

struct ice_vsi;

void ice_pf_vsi_init_vlan_ops(struct ice_vsi *vsi);

#endif /* _ICE_PF_VSI_VLAN_OPS_H_ */
