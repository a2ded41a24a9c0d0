/* SPDX-License-Identifier: GPL-2.0 */

#ifndef _LINUX_RTCOMAP_H_
#define _LINUX_RTCOMAP_H_

int omap_rtc_power_off_program(struct device *dev);
#endif /* _LINUX_RTCOMAP_H_ */
