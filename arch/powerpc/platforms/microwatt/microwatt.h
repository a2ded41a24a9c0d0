/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _MICROWATT_H
#define _MICROWATT_H

void microwatt_rng_init(void);

#endif /* _MICROWATT_H */
