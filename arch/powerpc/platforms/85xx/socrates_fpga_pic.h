/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *  Copyright (C) 2008 Ilya Yanok, Emcraft Systems
 */

#ifndef SOCRATES_FPGA_PIC_H
#define SOCRATES_FPGA_PIC_H

void __init socrates_fpga_pic_init(struct device_node *pic);

#endif
