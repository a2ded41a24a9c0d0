/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Cell Platform common data structures
 *
 * Copyright 2015, Daniel Axtens, IBM Corporation
 */

#ifndef CELL_H
#define CELL_H

#include <asm/pci-bridge.h>

extern struct pci_controller_ops cell_pci_controller_ops;

#endif
