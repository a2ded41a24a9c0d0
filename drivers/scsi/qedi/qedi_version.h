/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * QLogic iSCSI Offload Driver
 * Copyright (c) 2016 Cavium Inc.
 */

#define QEDI_MODULE_VERSION	"8.37.0.20"
#define QEDI_DRIVER_MAJOR_VER		8
#define QEDI_DRIVER_MINOR_VER		37
#define QEDI_DRIVER_REV_VER		0
#define QEDI_DRIVER_ENG_VER		20
