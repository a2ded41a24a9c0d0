/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Support for Intel Camera Imaging ISP subsystem.
 * Copyright (c) 2015, Intel Corporation.
 *
 * This program is free software; you can redistribute it and/or modify it
 * under the terms and conditions of the GNU General Public License,
 * version 2, as published by the Free Software Foundation.
 *
 * This program is distributed in the hope it will be useful, but WITHOUT
 * ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or
 * FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for
 * more details.
 */

#ifndef __IA_CSS_MACC1_5_TABLE_HOST_H
#define __IA_CSS_MACC1_5_TABLE_HOST_H

#include "macc/macc1_5/ia_css_macc1_5_types.h"

extern const struct ia_css_macc1_5_table default_macc1_5_table;

#endif /* __IA_CSS_MACC1_5_TABLE_HOST_H */
