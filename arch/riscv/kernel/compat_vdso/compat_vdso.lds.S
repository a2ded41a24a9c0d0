/* SPDX-License-Identifier: GPL-2.0-only */

#include "../vdso/vdso.lds.S"
