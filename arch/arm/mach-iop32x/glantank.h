/* SPDX-License-Identifier: GPL-2.0 */
/*
 * IO-Data GLAN Tank board registers
 */

#ifndef __GLANTANK_H
#define __GLANTANK_H

#define GLANTANK_UART		0xfe800000	/* UART */


#endif
