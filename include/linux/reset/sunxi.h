/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_RESET_SUNXI_H__
#define __LINUX_RESET_SUNXI_H__

void __init sun6i_reset_init(void);

#endif /* __LINUX_RESET_SUNXI_H__ */
