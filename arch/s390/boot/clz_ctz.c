// SPDX-License-Identifier: GPL-2.0
#include "../../../../lib/clz_ctz.c"
