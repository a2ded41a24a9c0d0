/* SPDX-License-Identifier: GPL-2.0 */

#ifndef _CCU_SUN6I_RTC_H
#define _CCU_SUN6I_RTC_H

#include <dt-bindings/clock/sun6i-rtc.h>

#define CLK_IOSC_32K		3
#define CLK_EXT_OSC32K_GATE	4
#define CLK_OSC24M_32K		5
#define CLK_RTC_32K		6

#define CLK_NUMBER		(CLK_RTC_32K + 1)

#endif /* _CCU_SUN6I_RTC_H */
