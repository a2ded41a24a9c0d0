/* SPDX-License-Identifier: GPL-2.0 */
// SPDX-License-Identifier: GPL-2.0-or-later
/*
 *    (c) 2020 Mauro Carvalho Chehab <mchehab+huawei@kernel.org>
 */

#ifdef ISP2401
#  include "isp2401_input_system_private.h"
#else
#  include "isp2400_input_system_private.h"
#endif
