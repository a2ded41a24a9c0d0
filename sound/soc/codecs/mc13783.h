/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright 2008 Juergen Beisert, kernel@pengutronix.de
 */

#ifndef MC13783_MIXER_H
#define MC13783_MIXER_H

#define MC13783_CLK_CLIA	1
#define MC13783_CLK_CLIB	2

#define MC13783_ID_STEREO_DAC	1
#define MC13783_ID_STEREO_CODEC	2
#define MC13783_ID_SYNC		3

#endif /* MC13783_MIXER_H */
