/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _STDLIB_H
#define _STDLIB_H

#error "Please do not include <stdlib.h> from exported headers"

#endif /* _STDLIB_H */
