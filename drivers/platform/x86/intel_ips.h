/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (c) 2010 Intel Corporation
 */

void ips_link_to_i915_driver(void);
