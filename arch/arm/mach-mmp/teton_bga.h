/* SPDX-License-Identifier: GPL-2.0-only */
/*
 *  Support for the Marvell PXA168 Teton BGA Development Platform.
 */
#ifndef __ASM_MACH_TETON_BGA_H
#define __ASM_MACH_TETON_BGA_H

/* GPIOs */
#define MMC_PWENA_GPIO		27
#define USBHPENB_GPIO		55
#define RTC_INT_GPIO		78
#define LCD_VBLK_EN_GPIO	79
#define LCD_DVDD_EN_GPIO	80
#define RST_WIFI_GPIO		81
#define CF_PWEN_GPIO		82
#define USB_OC_GPIO		83
#define PWM_GPIO		84
#define USBHPENA_GPIO		85
#define TS_INT_GPIO		86
#define CIR_GPIO		108

#endif /* __ASM_MACH_TETON_BGA_H */
