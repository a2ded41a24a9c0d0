/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *  QLogic FCoE Offload Driver
 *  Copyright (c) 2016-2018 Cavium Inc.
 */

#define QEDF_VERSION		"8.42.3.0"
#define QEDF_DRIVER_MAJOR_VER		8
#define QEDF_DRIVER_MINOR_VER		42
#define QEDF_DRIVER_REV_VER		3
#define QEDF_DRIVER_ENG_VER		0

