/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _PPC_ANS_LCD_H
#define _PPC_ANS_LCD_H

#define ANSLCD_CLEAR		0x01
#define ANSLCD_SENDCTRL		0x02
#define ANSLCD_SETSHORTDELAY	0x03
#define ANSLCD_SETLONGDELAY	0x04

#endif
