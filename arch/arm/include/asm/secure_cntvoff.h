/* SPDX-License-Identifier: GPL-2.0 */

#ifndef __ASMARM_ARCH_CNTVOFF_H
#define __ASMARM_ARCH_CNTVOFF_H

extern void secure_cntvoff_init(void);

#endif
