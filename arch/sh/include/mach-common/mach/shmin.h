/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SH_SHMIN_H
#define __ASM_SH_SHMIN_H

#define SHMIN_IO_BASE 0xb0000000UL

#define SHMIN_NE_IRQ IRQ2_IRQ
#define SHMIN_NE_BASE 0x300

#endif
