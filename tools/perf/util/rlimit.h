#ifndef __PERF_RLIMIT_H_
#define __PERF_RLIMIT_H_
/* SPDX-License-Identifier: LGPL-2.1 */

void rlimit__bump_memlock(void);
#endif // __PERF_RLIMIT_H_
