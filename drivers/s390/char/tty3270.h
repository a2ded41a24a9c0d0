/* SPDX-License-Identifier: GPL-2.0 */
/*
 *    Copyright IBM Corp. 2007
 *
 */

#ifndef __DRIVERS_S390_CHAR_TTY3270_H
#define __DRIVERS_S390_CHAR_TTY3270_H

#include <linux/tty.h>
#include <linux/tty_driver.h>

extern struct tty_driver *tty3270_driver;

#endif /* __DRIVERS_S390_CHAR_TTY3270_H */
