/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __REGRESSION_H__
#define __REGRESSION_H__

void regression1_test(void);
void regression2_test(void);
void regression3_test(void);
void regression4_test(void);

#endif
