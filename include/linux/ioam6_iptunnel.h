/* SPDX-License-Identifier: GPL-2.0+ */
/*
 *  IPv6 IOAM Lightweight Tunnel API
 *
 *  Author:
 *  Justin Iurman <justin.iurman@uliege.be>
 */
#ifndef _LINUX_IOAM6_IPTUNNEL_H
#define _LINUX_IOAM6_IPTUNNEL_H

#include <uapi/linux/ioam6_iptunnel.h>

#endif /* _LINUX_IOAM6_IPTUNNEL_H */
