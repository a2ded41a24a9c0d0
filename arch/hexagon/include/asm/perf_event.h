/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Copyright (c) 2010-2011, The Linux Foundation. All rights reserved.
 */

#ifndef _ASM_PERF_EVENT_H
#define _ASM_PERF_EVENT_H

#endif /* _ASM_PERF_EVENT_H */
