/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __NETNS_MIB_H__
#define __NETNS_MIB_H__

#include <net/snmp.h>

struct netns_mib {
	DEFINE_SNMP_STAT(struct ipstats_mib, ip_statistics);
#if IS_ENABLED(CONFIG_IPV6)
	DEFINE_SNMP_STAT(struct ipstats_mib, ipv6_statistics);
#endif

	DEFINE_SNMP_STAT(struct tcp_mib, tcp_statistics);
	DEFINE_SNMP_STAT(struct linux_mib, net_statistics);

	DEFINE_SNMP_STAT(struct udp_mib, udp_statistics);
#if IS_ENABLED(CONFIG_IPV6)
	DEFINE_SNMP_STAT(struct udp_mib, udp_stats_in6);
#endif

#ifdef CONFIG_XFRM_STATISTICS
	DEFINE_SNMP_STAT(struct linux_xfrm_mib, xfrm_statistics);
#endif
#if IS_ENABLED(CONFIG_TLS)
	DEFINE_SNMP_STAT(struct linux_tls_mib, tls_statistics);
#endif
#ifdef CONFIG_MPTCP
	DEFINE_SNMP_STAT(struct mptcp_mib, mptcp_statistics);
#endif

	DEFINE_SNMP_STAT(struct udp_mib, udplite_statistics);
#if IS_ENABLED(CONFIG_IPV6)
	DEFINE_SNMP_STAT(struct udp_mib, udplite_stats_in6);
#endif

	DEFINE_SNMP_STAT(struct icmp_mib, icmp_statistics);
	DEFINE_SNMP_STAT_ATOMIC(struct icmpmsg_mib, icmpmsg_statistics);
#if IS_ENABLED(CONFIG_IPV6)
	DEFINE_SNMP_STAT(struct icmpv6_mib, icmpv6_statistics);
	DEFINE_SNMP_STAT_ATOMIC(struct icmpv6msg_mib, icmpv6msg_statistics);
	struct proc_dir_entry *proc_net_devsnmp6;
#endif
};

#endif
