// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	strncpy(small, large_src, sizeof(small) + 1)

#include "test_fortify.h"
