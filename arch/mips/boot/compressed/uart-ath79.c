// SPDX-License-Identifier: GPL-2.0-only
#include "../../ath79/early_printk.c"
