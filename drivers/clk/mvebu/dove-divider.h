/* SPDX-License-Identifier: GPL-2.0 */
#ifndef DOVE_DIVIDER_H
#define DOVE_DIVIDER_H

void __init dove_divider_clk_init(struct device_node *np);

#endif
