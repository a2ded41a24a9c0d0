/* SPDX-License-Identifier: GPL-2.0 */

#undef __field_
#undef __count_
#undef __array_
#undef REQUEST_
