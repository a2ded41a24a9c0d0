/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *
 *  Copyright (C) 2005 Mike Isely <isely@pobox.com>
 */
#ifndef __PVRUSB2_V4L2_H
#define __PVRUSB2_V4L2_H

#include "pvrusb2-context.h"

struct pvr2_v4l2;

struct pvr2_v4l2 *pvr2_v4l2_create(struct pvr2_context *);

#endif /* __PVRUSB2_V4L2_H */
