/* SPDX-License-Identifier: GPL-2.0 */

#ifndef __ASM_CSKY_CACHEFLUSH_H
#define __ASM_CSKY_CACHEFLUSH_H

#include <linux/mm.h>
#include <abi/cacheflush.h>

#endif /* __ASM_CSKY_CACHEFLUSH_H */
