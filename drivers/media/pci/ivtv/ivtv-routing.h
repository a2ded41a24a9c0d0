/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
    Audio/video-routing-related ivtv functions.
    Copyright (C) 2003-2004  Kevin Thayer <nufan_wfk at yahoo.com>
    Copyright (C) 2005-2007  Hans Verkuil <hverkuil@xs4all.nl>

 */

#ifndef IVTV_ROUTING_H
#define IVTV_ROUTING_H

void ivtv_audio_set_io(struct ivtv *itv);
void ivtv_video_set_io(struct ivtv *itv);

#endif
