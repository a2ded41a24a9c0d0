// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memcmp(small, large, sizeof(small) + 1)

#include "test_fortify.h"
