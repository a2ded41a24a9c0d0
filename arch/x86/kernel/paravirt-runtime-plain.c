// SPDX-License-Identifier: GPL-2.0-only
/*
 * A module with lock-op call sites in plain .parainstructions, as a module
 * built without CONFIG_PARAVIRT_RUNTIME for a kernel with it has them.
 * Such sites would be patched once, at load, and never switched, so the
 * kernel must refuse the module.  Loading it takes and releases a lock:
 * a call site of the slowpath and one of the unlock.
 */
#undef CONFIG_PARAVIRT_RUNTIME

#include <linux/module.h>
#include <linux/spinlock.h>

static arch_spinlock_t plain_lock = __ARCH_SPIN_LOCK_UNLOCKED;

static int __init paravirt_runtime_plain_init(void)
{
	arch_spin_lock(&plain_lock);
	arch_spin_unlock(&plain_lock);
	return 0;
}
module_init(paravirt_runtime_plain_init);

MODULE_DESCRIPTION("Lock-op call sites that the runtime switch cannot reach");
MODULE_LICENSE("GPL");
