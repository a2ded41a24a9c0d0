/* SPDX-License-Identifier: GPL-2.0 */
#include "../vdso32/note.S"
