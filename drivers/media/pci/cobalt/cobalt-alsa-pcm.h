/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *  ALSA PCM device for the
 *  ALSA interface to cobalt PCM capture streams
 *
 *  Copyright 2014-2015 Cisco Systems, Inc. and/or its affiliates.
 *  All rights reserved.
 */

int snd_cobalt_pcm_create(struct snd_cobalt_card *cobsc);
