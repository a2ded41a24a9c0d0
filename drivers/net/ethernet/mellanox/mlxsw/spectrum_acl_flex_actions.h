/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/* Copyright (c) 2017-2018 Mellanox Technologies. All rights reserved */

#ifndef _MLXSW_SPECTRUM_ACL_FLEX_ACTIONS_H
#define _MLXSW_SPECTRUM_ACL_FLEX_ACTIONS_H

#include "spectrum.h"

int mlxsw_sp_afa_init(struct mlxsw_sp *mlxsw_sp);
void mlxsw_sp_afa_fini(struct mlxsw_sp *mlxsw_sp);

#endif
