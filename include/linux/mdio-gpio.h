/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_MDIO_GPIO_H
#define __LINUX_MDIO_GPIO_H

#define MDIO_GPIO_MDC	0
#define MDIO_GPIO_MDIO	1
#define MDIO_GPIO_MDO	2

#endif
