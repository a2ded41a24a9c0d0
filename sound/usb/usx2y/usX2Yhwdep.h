/* SPDX-License-Identifier: GPL-2.0 */
#ifndef USX2YHWDEP_H
#define USX2YHWDEP_H

int usx2y_hwdep_new(struct snd_card *card, struct usb_device *device);

#endif
