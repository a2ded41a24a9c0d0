/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  cx18 video interface functions
 *
 *  Copyright (C) 2007  Hans Verkuil <hverkuil@xs4all.nl>
 */

void cx18_video_set_io(struct cx18 *cx);
