// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * arch/arm/mach-moxart/moxart.c
 *
 * (C) Copyright 2013, Jonas Jensen <jonas.jensen@gmail.com>
 */
