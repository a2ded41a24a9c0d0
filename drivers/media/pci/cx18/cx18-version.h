/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  cx18 driver version information
 *
 *  Copyright (C) 2007  Hans Verkuil <hverkuil@xs4all.nl>
 */

#ifndef CX18_VERSION_H
#define CX18_VERSION_H

#define CX18_DRIVER_NAME "cx18"
#define CX18_VERSION "1.5.1"

#endif
