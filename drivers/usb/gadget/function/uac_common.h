/* SPDX-License-Identifier: GPL-2.0+ */
/*
 */

#ifndef UAC_COMMON_H
#define UAC_COMMON_H

#define UAC_MAX_RATES 10 /* maximum number of rates configurable by f_uac1/2 */
#endif
