/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2011 matt mooney <mfm@muteddisk.com>
 *               2005-2007 Takahiro Hirofuchi
 */

#ifndef __UTILS_H
#define __UTILS_H

int modify_match_busid(char *busid, int add);

#endif /* __UTILS_H */

