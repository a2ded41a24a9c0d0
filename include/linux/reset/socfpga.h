/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_RESET_SOCFPGA_H__
#define __LINUX_RESET_SOCFPGA_H__

void __init socfpga_reset_init(void);

#endif /* __LINUX_RESET_SOCFPGA_H__ */
