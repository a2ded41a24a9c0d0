// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	strcpy(small, large_src)

#include "test_fortify.h"
