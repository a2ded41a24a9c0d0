/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SPARC64_STACKTRACE_H
#define _SPARC64_STACKTRACE_H

void stack_trace_flush(void);

#endif /* _SPARC64_STACKTRACE_H */
