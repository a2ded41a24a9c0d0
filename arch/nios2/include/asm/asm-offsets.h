/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 *  Copyright (C) 2010 Tobias Klauser <tklauser@distanz.ch>
 *  Copyright (C) 2009 Thomas Chou <thomas@wytron.com.tw>
 */

#include <generated/asm-offsets.h>
