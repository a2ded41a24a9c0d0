/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __PERF_CLOEXEC_H
#define __PERF_CLOEXEC_H

unsigned long perf_event_open_cloexec_flag(void);

#endif /* __PERF_CLOEXEC_H */
