/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SH_TIMER_H__
#define __SH_TIMER_H__

struct sh_timer_config {
	unsigned int channels_mask;
};

#endif /* __SH_TIMER_H__ */
