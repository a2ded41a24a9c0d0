// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memmove(instance.buf, large, sizeof(instance.buf) + 1)

#include "test_fortify.h"
