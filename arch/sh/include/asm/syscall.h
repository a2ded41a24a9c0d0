/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SH_SYSCALL_H
#define __ASM_SH_SYSCALL_H

extern const unsigned long sys_call_table[];

#include <asm/syscall_32.h>

#endif /* __ASM_SH_SYSCALL_H */
