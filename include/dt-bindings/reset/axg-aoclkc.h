/* SPDX-License-Identifier: (GPL-2.0+ OR BSD-3-Clause) */
/*
 * Copyright (c) 2016 BayLibre, SAS
 * Author: Neil Armstrong <narmstrong@baylibre.com>
 *
 * Copyright (c) 2018 Amlogic, inc.
 * Author: Qiufang Dai <qiufang.dai@amlogic.com>
 */

#ifndef DT_BINDINGS_RESET_AMLOGIC_MESON_AXG_AOCLK
#define DT_BINDINGS_RESET_AMLOGIC_MESON_AXG_AOCLK

#define RESET_AO_REMOTE		0
#define RESET_AO_I2C_MASTER	1
#define RESET_AO_I2C_SLAVE	2
#define RESET_AO_UART1		3
#define RESET_AO_UART2		4
#define RESET_AO_IR_BLASTER	5

#endif
