/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (C) 2017 Stefan Wahren <stefan.wahren@i2se.com>
 */

extern const struct smp_operations bcm2836_smp_ops;
