/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_CRC4_H
#define _LINUX_CRC4_H

#include <linux/types.h>

extern uint8_t crc4(uint8_t c, uint64_t x, int bits);

#endif /* _LINUX_CRC4_H */
