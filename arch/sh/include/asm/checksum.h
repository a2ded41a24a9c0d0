/* SPDX-License-Identifier: GPL-2.0 */
#include <asm/checksum_32.h>
