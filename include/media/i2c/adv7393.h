/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ADV7393 header file
 *
 * Copyright (C) 2010-2012 ADVANSEE - http://www.advansee.com/
 * Benoît Thébaudeau <benoit.thebaudeau@advansee.com>
 *
 * Based on ADV7343 driver,
 *
 * Copyright (C) 2009 Texas Instruments Incorporated - http://www.ti.com/
 */

#ifndef ADV7393_H
#define ADV7393_H

#define ADV7393_COMPOSITE_ID	(0)
#define ADV7393_COMPONENT_ID	(1)
#define ADV7393_SVIDEO_ID	(2)

#endif				/* End of #ifndef ADV7393_H */
