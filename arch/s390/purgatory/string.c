// SPDX-License-Identifier: GPL-2.0
#define __HAVE_ARCH_MEMCMP	/* arch function */
#include "../lib/string.c"
