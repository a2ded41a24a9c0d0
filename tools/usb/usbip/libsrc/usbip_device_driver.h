/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) 2015 Karol Kosik <karo9@interia.eu>
 *		 2015 Samsung Electronics
 * Author:	 Igor Kotrasinski <i.kotrasinsk@samsung.com>
 *
 * Based on tools/usb/usbip/libsrc/usbip_host_driver.c, which is:
 * Copyright (C) 2011 matt mooney <mfm@muteddisk.com>
 *               2005-2007 Takahiro Hirofuchi
 */

#ifndef __USBIP_DEVICE_DRIVER_H
#define __USBIP_DEVICE_DRIVER_H

#include <stdint.h>
#include "usbip_common.h"
#include "usbip_host_common.h"
#include "list.h"

extern struct usbip_host_driver device_driver;

#endif /* __USBIP_DEVICE_DRIVER_H */
