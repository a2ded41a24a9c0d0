/* SPDX-License-Identifier: (GPL-2.0 OR CDDL-1.0) */
/*
 * VBox Guest additions version info, this is used by the host to determine
 * supported guest-addition features in some cases. So this will need to be
 * synced with vbox upstreams versioning scheme when we implement / port
 * new features from the upstream out-of-tree vboxguest driver.
 */

#ifndef __VBOX_VERSION_H__
#define __VBOX_VERSION_H__

#define VBG_VERSION_MAJOR 6
#define VBG_VERSION_MINOR 0
#define VBG_VERSION_BUILD 0
#define VBG_SVN_REV 127566
#define VBG_VERSION_STRING "6.0.0"

#endif
