/* SPDX-License-Identifier: GPL-2.0-only */
#include "../../lib/lshrsi3.S"
