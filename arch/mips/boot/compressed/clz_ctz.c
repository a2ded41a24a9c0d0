// SPDX-License-Identifier: GPL-2.0-only
#include "../../../../lib/clz_ctz.c"
