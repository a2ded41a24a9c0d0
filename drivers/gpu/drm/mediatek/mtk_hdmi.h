/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (c) 2014 MediaTek Inc.
 * Author: Jie Qiu <jie.qiu@mediatek.com>
 */
#ifndef _MTK_HDMI_CTRL_H
#define _MTK_HDMI_CTRL_H

struct platform_driver;

extern struct platform_driver mtk_cec_driver;
extern struct platform_driver mtk_hdmi_ddc_driver;

#endif /* _MTK_HDMI_CTRL_H */
