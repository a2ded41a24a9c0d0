/* SPDX-License-Identifier: GPL-2.0 */

#include "../vdso32/restart_syscall.S"
