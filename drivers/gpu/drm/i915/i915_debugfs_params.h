/* SPDX-License-Identifier: MIT */
/*
 * Copyright © 2019 Intel Corporation
 */

#ifndef __I915_DEBUGFS_PARAMS__
#define __I915_DEBUGFS_PARAMS__

struct dentry;
struct drm_i915_private;

struct dentry *i915_debugfs_params(struct drm_i915_private *i915);

#endif /* __I915_DEBUGFS_PARAMS__ */
