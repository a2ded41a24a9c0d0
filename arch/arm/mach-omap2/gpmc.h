/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * General-Purpose Memory Controller for OMAP2
 *
 * Copyright (C) 2005-2006 Nokia Corporation
 *
 * Do not include this file in any new code, this will get removed
 * once omap3 boots in device tree only mode.
 */
#include <linux/omap-gpmc.h>
