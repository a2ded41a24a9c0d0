/* SPDX-License-Identifier: GPL-2.0 */
#undef REQUEST
#undef __field
#undef __array
#undef __count

#undef REQUEST_NAME
#undef REQUEST_NUM
#undef REQUEST_IDX_KIND
