/* SPDX-License-Identifier: GPL-2.0 */
/*
 * AD9833/AD9834/AD9837/AD9838 SPI DDS driver
 *
 * Copyright 2010-2011 Analog Devices Inc.
 */
#ifndef IIO_DDS_AD9834_H_
#define IIO_DDS_AD9834_H_

#endif /* IIO_DDS_AD9834_H_ */
