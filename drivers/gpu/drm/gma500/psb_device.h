/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright © 2013 Patrik Jakobsson
 * Copyright © 2011 Intel Corporation
 */

#ifndef _PSB_DEVICE_H_
#define _PSB_DEVICE_H_

extern const struct gma_clock_funcs psb_clock_funcs;

#endif
