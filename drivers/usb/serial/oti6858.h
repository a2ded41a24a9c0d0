/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Ours Technology Inc. OTi-6858 USB to serial adapter driver.
 */
#ifndef __LINUX_USB_SERIAL_OTI6858_H
#define __LINUX_USB_SERIAL_OTI6858_H

#define OTI6858_VENDOR_ID	0x0ea0
#define OTI6858_PRODUCT_ID	0x6858

#endif
