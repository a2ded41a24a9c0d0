/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _PPC_BOOT_STDLIB_H_
#define _PPC_BOOT_STDLIB_H_

unsigned long long int strtoull(const char *ptr, char **end, int base);

#endif
