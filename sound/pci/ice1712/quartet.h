/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SOUND_QTET_H
#define __SOUND_QTET_H

#define QTET_DEVICE_DESC		"{Infrasonic,Quartet},"

#define VT1724_SUBDEVICE_QTET		0x30305349	/* Infrasonic Quartet */

extern struct snd_ice1712_card_info  snd_vt1724_qtet_cards[];

#endif	/* __SOUND_QTET_H */
