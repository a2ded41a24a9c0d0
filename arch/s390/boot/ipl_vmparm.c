// SPDX-License-Identifier: GPL-2.0
#include "../kernel/ipl_vmparm.c"
