/* SPDX-License-Identifier: GPL-2.0 */
# ifdef CONFIG_X86_32
#  include <asm/posix_types_32.h>
# else
#  include <asm/posix_types_64.h>
# endif
