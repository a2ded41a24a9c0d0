/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  Driver for the Auvitek USB bridge
 *
 *  Copyright (c) 2008 Steven Toth <stoth@linuxtv.org>
 */

#define AU0828_BOARD_UNKNOWN		0
#define AU0828_BOARD_HAUPPAUGE_HVR950Q	1
#define AU0828_BOARD_HAUPPAUGE_HVR850	2
#define AU0828_BOARD_DVICO_FUSIONHDTV7	3
#define AU0828_BOARD_HAUPPAUGE_HVR950Q_MXL	4
#define AU0828_BOARD_HAUPPAUGE_WOODBURY	5
