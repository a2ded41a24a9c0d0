/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SPARC_TERMBITS_H
#define _SPARC_TERMBITS_H

#include <uapi/asm/termbits.h>

#define VMIN     16
#define VTIME    17
#endif /* !(_SPARC_TERMBITS_H) */
