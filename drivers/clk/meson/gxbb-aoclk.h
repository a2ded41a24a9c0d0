/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Copyright (c) 2017 BayLibre, SAS
 * Author: Neil Armstrong <narmstrong@baylibre.com>
 */

#ifndef __GXBB_AOCLKC_H
#define __GXBB_AOCLKC_H

#define NR_CLKS	14

#include <dt-bindings/clock/gxbb-aoclkc.h>
#include <dt-bindings/reset/gxbb-aoclkc.h>

#endif /* __GXBB_AOCLKC_H */
