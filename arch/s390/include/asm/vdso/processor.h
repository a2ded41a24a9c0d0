/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#define cpu_relax() barrier()

#endif /* __ASM_VDSO_PROCESSOR_H */
