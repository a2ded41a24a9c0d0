/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef _ASM_POWERPC_QSPINLOCK_PARAVIRT_H
#define _ASM_POWERPC_QSPINLOCK_PARAVIRT_H

EXPORT_SYMBOL(__pv_queued_spin_unlock);

#endif /* _ASM_POWERPC_QSPINLOCK_PARAVIRT_H */
