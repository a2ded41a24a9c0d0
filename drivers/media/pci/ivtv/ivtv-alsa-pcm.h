/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  ALSA PCM device for the
 *  ALSA interface to ivtv PCM capture streams
 *
 *  Copyright (C) 2009,2012  Andy Walls <awalls@md.metrocast.net>
 */

int snd_ivtv_pcm_create(struct snd_ivtv_card *itvsc);
