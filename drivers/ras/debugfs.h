/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __RAS_DEBUGFS_H__
#define __RAS_DEBUGFS_H__

#include <linux/debugfs.h>

extern struct dentry *ras_debugfs_dir;

#endif /* __RAS_DEBUGFS_H__ */
