/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FSL_EDAC_H
#define FSL_EDAC_H

struct mpc85xx_edac_pci_plat_data {
	struct device_node *of_node;
};

#endif
