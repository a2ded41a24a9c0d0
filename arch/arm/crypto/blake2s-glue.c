// SPDX-License-Identifier: GPL-2.0-or-later

#include <crypto/internal/blake2s.h>
#include <linux/module.h>

/* defined in blake2s-core.S */
EXPORT_SYMBOL(blake2s_compress);
