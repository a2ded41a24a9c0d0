/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SOUND_PSC724_H
#define __SOUND_PSC724_H

/* ID */
#define PSC724_DEVICE_DESC	\
		"{Philips,PSC724 Ultimate Edge},"

#define VT1724_SUBDEVICE_PSC724		0xab170619

/* entry struct */
extern struct snd_ice1712_card_info snd_vt1724_psc724_cards[];

#endif /* __SOUND_PSC724_H */
