/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * export.h
 *
 * Function prototypes
 *
 * Copyright (C) 2002, 2005 Oracle.  All rights reserved.
 */

#ifndef OCFS2_EXPORT_H
#define OCFS2_EXPORT_H

#include <linux/exportfs.h>

extern const struct export_operations ocfs2_export_ops;

#endif /* OCFS2_EXPORT_H */
