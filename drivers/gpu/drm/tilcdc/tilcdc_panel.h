/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (C) 2012 Texas Instruments
 * Author: Rob Clark <robdclark@gmail.com>
 */

#ifndef __TILCDC_PANEL_H__
#define __TILCDC_PANEL_H__

/* sub-module for generic lcd panel output */

int tilcdc_panel_init(void);
void tilcdc_panel_fini(void);

#endif /* __TILCDC_PANEL_H__ */
