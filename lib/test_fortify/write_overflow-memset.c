// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memset(instance.buf, 0x5A, sizeof(large_src))

#include "test_fortify.h"
