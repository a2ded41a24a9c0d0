/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2013 MundoReader S.L.
 * Author: Heiko Stuebner <heiko@sntech.de>
 */

extern char rockchip_secondary_trampoline;
extern char rockchip_secondary_trampoline_end;

extern unsigned long rockchip_boot_fn;
