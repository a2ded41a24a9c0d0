/* SPDX-License-Identifier: GPL-2.0 */

#ifdef CONFIG_ARCH_S3C24XX
#include "dma-s3c24xx.h"
#endif

#ifdef CONFIG_ARCH_S3C64XX
#include "dma-s3c64xx.h"
#endif
