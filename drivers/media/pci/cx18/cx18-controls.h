/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  cx18 ioctl control functions
 *
 *  Derived from ivtv-controls.h
 *
 *  Copyright (C) 2007  Hans Verkuil <hverkuil@xs4all.nl>

 */

extern const struct cx2341x_handler_ops cx18_cxhdl_ops;
