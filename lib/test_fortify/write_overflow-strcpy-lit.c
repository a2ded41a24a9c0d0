// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	strcpy(small, LITERAL_LARGE)

#include "test_fortify.h"
