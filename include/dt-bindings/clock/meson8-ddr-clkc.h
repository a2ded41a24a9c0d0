/* SPDX-License-Identifier: GPL-2.0 */

#define DDR_CLKID_DDR_PLL_DCO			0
#define DDR_CLKID_DDR_PLL			1
