/* SPDX-License-Identifier: GPL-2.0 OR Linux-OpenIB */
/*
 * Copyright (c) 2013-2020, Mellanox Technologies Ltd. All rights reserved.
 */

#ifndef _MLX5_IB_RESTRACK_H
#define _MLX5_IB_RESTRACK_H

#include "mlx5_ib.h"

int mlx5_ib_restrack_init(struct mlx5_ib_dev *dev);

#endif /* _MLX5_IB_RESTRACK_H */
