/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _X86_ENV_H
#define _X86_ENV_H

bool x86__is_amd_cpu(void);

#endif /* _X86_ENV_H */
