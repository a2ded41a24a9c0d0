/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/* Copyright (c) 2017-2018 Mellanox Technologies. All rights reserved */

#ifndef _MLXSW_SPECTRUM_MCROUTER_TCAM_H
#define _MLXSW_SPECTRUM_MCROUTER_TCAM_H

#include "spectrum.h"
#include "spectrum_mr.h"

extern const struct mlxsw_sp_mr_ops mlxsw_sp_mr_tcam_ops;

#endif
