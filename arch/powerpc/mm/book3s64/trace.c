// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * This file is for defining trace points and trace related helpers.
 */
#ifdef CONFIG_TRANSPARENT_HUGEPAGE
#include <trace/events/thp.h>
#endif
