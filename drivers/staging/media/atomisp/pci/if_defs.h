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

#ifndef _IF_DEFS_H
#define _IF_DEFS_H

#define HIVE_IF_FRAME_REQUEST        0xA000
#define HIVE_IF_LINES_REQUEST        0xB000
#define HIVE_IF_VECTORS_REQUEST      0xC000

#endif /* _IF_DEFS_H */
