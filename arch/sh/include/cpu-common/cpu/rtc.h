/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_SH_CPU_SH2_RTC_H
#define __ASM_SH_CPU_SH2_RTC_H

#define rtc_reg_size		sizeof(u16)
#define RTC_BIT_INVERTED	0
#define RTC_DEF_CAPABILITIES	0UL

#endif /* __ASM_SH_CPU_SH2_RTC_H */
