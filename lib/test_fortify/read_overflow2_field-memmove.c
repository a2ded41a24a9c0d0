// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memmove(large, instance.buf, sizeof(instance.buf) + 1)

#include "test_fortify.h"
