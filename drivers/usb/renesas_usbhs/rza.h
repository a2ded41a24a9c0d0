/* SPDX-License-Identifier: GPL-2.0 */
#include "common.h"

extern const struct renesas_usbhs_platform_info usbhs_rza1_plat_info;
extern const struct renesas_usbhs_platform_info usbhs_rza2_plat_info;
