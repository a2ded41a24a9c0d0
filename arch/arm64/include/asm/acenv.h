/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ARM64 specific ACPICA environments and implementation
 *
 * Copyright (C) 2014, Linaro Ltd.
 *   Author: Hanjun Guo <hanjun.guo@linaro.org>
 *   Author: Graeme Gregory <graeme.gregory@linaro.org>
 */

#ifndef _ASM_ACENV_H
#define _ASM_ACENV_H

/* It is required unconditionally by ACPI core, update it when needed. */

#endif /* _ASM_ACENV_H */
