// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memmove(instance.buf, large_src, sizeof(large_src))

#include "test_fortify.h"
