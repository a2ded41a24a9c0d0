/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright (C) 2020-2022 Loongson Technology Corporation Limited
 */
#ifndef __ASM__SERIAL_H
#define __ASM__SERIAL_H

#define BASE_BAUD 0
#define STD_COM_FLAGS (ASYNC_BOOT_AUTOCONF | ASYNC_SKIP_TEST)

#endif /* __ASM__SERIAL_H */
