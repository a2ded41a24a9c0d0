/* SPDX-License-Identifier: (GPL-2.0-only OR BSD-3-Clause) */
/* Copyright (c) 2020 Marvell International Ltd. */

#ifndef __QED_PTP_H
#define __QED_PTP_H

extern const struct qed_eth_ptp_ops qed_ptp_ops_pass;

#endif /* __QED_PTP_H */
