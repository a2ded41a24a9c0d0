/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cxd2880_tnrdmd_driver_version.h
 * Sony CXD2880 DVB-T2/T tuner + demodulator driver
 * version information
 *
 * Copyright (C) 2016, 2017, 2018 Sony Semiconductor Solutions Corporation
 */

#define CXD2880_TNRDMD_DRIVER_VERSION "1.4.1 - 1.0.5"

#define CXD2880_TNRDMD_DRIVER_RELEASE_DATE "2018-04-25"
