/* SPDX-License-Identifier: GPL-2.0+ */
/*
 *  IPv6 IOAM Generic Netlink API
 *
 *  Author:
 *  Justin Iurman <justin.iurman@uliege.be>
 */
#ifndef _LINUX_IOAM6_GENL_H
#define _LINUX_IOAM6_GENL_H

#include <uapi/linux/ioam6_genl.h>

#endif /* _LINUX_IOAM6_GENL_H */
