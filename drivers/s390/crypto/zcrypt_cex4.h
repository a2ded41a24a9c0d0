/* SPDX-License-Identifier: GPL-2.0 */
/*
 *  Copyright IBM Corp. 2012
 *  Author(s): Holger Dengler <hd@linux.vnet.ibm.com>
 */

#ifndef _ZCRYPT_CEX4_H_
#define _ZCRYPT_CEX4_H_

int zcrypt_cex4_init(void);
void zcrypt_cex4_exit(void);

#endif /* _ZCRYPT_CEX4_H_ */
