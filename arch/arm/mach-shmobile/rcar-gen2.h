/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_RCAR_GEN2_H__
#define __ASM_RCAR_GEN2_H__

void rcar_gen2_pm_init(void);

#endif /* __ASM_RCAR_GEN2_H__ */
