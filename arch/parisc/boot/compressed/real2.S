/* SPDX-License-Identifier: GPL-2.0-only */
#include "../../kernel/real2.S"
