/* SPDX-License-Identifier: GPL-2.0 */
	.rodata
	data4 @segrel(start)
	.data
start:
