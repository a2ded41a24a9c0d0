/* SPDX-License-Identifier: GPL-2.0 */
	.text
	.global _zimage_start
_zimage_start:
	b	_zimage_start_lib
