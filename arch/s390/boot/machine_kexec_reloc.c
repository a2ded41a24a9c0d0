// SPDX-License-Identifier: GPL-2.0
#include "../kernel/machine_kexec_reloc.c"
