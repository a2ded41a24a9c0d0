/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_MICROBLAZE_SECCOMP_H
#define _ASM_MICROBLAZE_SECCOMP_H

#include <linux/unistd.h>

#define __NR_seccomp_sigreturn		__NR_sigreturn

#include <asm-generic/seccomp.h>

#endif	/* _ASM_MICROBLAZE_SECCOMP_H */
