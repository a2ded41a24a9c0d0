/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _STDBOOL_H
#define _STDBOOL_H

#error "Please do not include <stdbool.h> from exported headers"

#endif /* _STDBOOL_H */
