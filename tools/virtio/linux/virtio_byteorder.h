/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_VIRTIO_BYTEORDER_STUB_H
#define _LINUX_VIRTIO_BYTEORDER_STUB_H

#include <asm/byteorder.h>
#include "../../include/linux/byteorder/generic.h"
#include "../../include/linux/virtio_byteorder.h"

#endif
