/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _EVSEL_H
#define _EVSEL_H 1

bool evsel__sys_has_perf_metrics(const struct evsel *evsel);

#endif
