/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  cx18 audio-related functions
 *
 *  Derived from ivtv-audio.c
 *
 *  Copyright (C) 2007  Hans Verkuil <hverkuil@xs4all.nl>
 */

int cx18_audio_set_io(struct cx18 *cx);
