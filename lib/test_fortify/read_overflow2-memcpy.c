// SPDX-License-Identifier: GPL-2.0-only
#define TEST	\
	memcpy(large, instance.buf, sizeof(large))

#include "test_fortify.h"
