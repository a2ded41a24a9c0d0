/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (C) IBM Corporation 2016.
 *
 * This file is only necessary because some of the pre-boot decompressors
 * expect stdint.h to be available.
 */

#include "types.h"
