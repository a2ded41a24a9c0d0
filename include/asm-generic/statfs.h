/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _GENERIC_STATFS_H
#define _GENERIC_STATFS_H

#include <uapi/asm-generic/statfs.h>

typedef __kernel_fsid_t	fsid_t;
#endif
