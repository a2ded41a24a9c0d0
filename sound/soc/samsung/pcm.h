/* SPDX-License-Identifier: GPL-2.0 */

#ifndef __S3C_PCM_H
#define __S3C_PCM_H __FILE__

#define S3C_PCM_CLKSRC_PCLK	0
#define S3C_PCM_CLKSRC_MUX	1

#define S3C_PCM_SCLK_PER_FS	0

#endif /* __S3C_PCM_H */
