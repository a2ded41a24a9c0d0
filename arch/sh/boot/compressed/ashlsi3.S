/* SPDX-License-Identifier: GPL-2.0-only */
#include "../../lib/ashlsi3.S"
