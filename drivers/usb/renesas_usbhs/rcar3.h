/* SPDX-License-Identifier: GPL-2.0 */
#include "common.h"

extern const struct renesas_usbhs_platform_info usbhs_rcar_gen3_plat_info;
extern const struct renesas_usbhs_platform_info
					usbhs_rcar_gen3_with_pll_plat_info;
