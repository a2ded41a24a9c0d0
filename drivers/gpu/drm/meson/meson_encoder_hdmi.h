/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2021 BayLibre, SAS
 * Author: Neil Armstrong <narmstrong@baylibre.com>
 */

#ifndef __MESON_ENCODER_HDMI_H
#define __MESON_ENCODER_HDMI_H

int meson_encoder_hdmi_init(struct meson_drm *priv);
void meson_encoder_hdmi_remove(struct meson_drm *priv);

#endif /* __MESON_ENCODER_HDMI_H */
