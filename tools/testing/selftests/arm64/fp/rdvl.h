/* SPDX-License-Identifier: GPL-2.0-only */

#ifndef RDVL_H
#define RDVL_H

int rdvl_sme(void);
int rdvl_sve(void);

#endif
