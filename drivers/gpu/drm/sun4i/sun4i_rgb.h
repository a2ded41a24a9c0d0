/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2015 Free Electrons
 * Copyright (C) 2015 NextThing Co
 *
 * Maxime Ripard <maxime.ripard@free-electrons.com>
 */

#ifndef _SUN4I_RGB_H_
#define _SUN4I_RGB_H_

int sun4i_rgb_init(struct drm_device *drm, struct sun4i_tcon *tcon);

#endif /* _SUN4I_RGB_H_ */
