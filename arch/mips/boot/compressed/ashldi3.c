// SPDX-License-Identifier: GPL-2.0-only
#include "../../../../lib/ashldi3.c"
