/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef _ARCH_ENDIANNESS_H
#define _ARCH_ENDIANNESS_H

#include <endian.h>

#define __TARGET_BYTE_ORDER __LITTLE_ENDIAN

#endif /* _ARCH_ENDIANNESS_H */
