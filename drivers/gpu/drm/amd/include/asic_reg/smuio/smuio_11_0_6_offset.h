/*
 * Copyright (C) 2020  Advanced Micro Devices, Inc.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software and associated documentation files (the "Software"),
 * to deal in the Software without restriction, including without limitation
 * the rights to use, copy, modify, merge, publish, distribute, sublicense,
 * and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included
 * in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
 * OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.  IN NO EVENT SHALL
 * THE COPYRIGHT HOLDER(S) BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN
 * AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 * CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
#ifndef _smuio_11_0_6_OFFSET_HEADER
#define _smuio_11_0_6_OFFSET_HEADER



// addressBlock: smuio_smuio_SmuSmuioDec
// base address: 0x5a000
#define mmCGTT_ROM_CLK_CTRL0                                                                           0x00e4
#define mmCGTT_ROM_CLK_CTRL0_BASE_IDX                                                                  0
#define mmROM_INDEX                                                                                    0x00e5
#define mmROM_INDEX_BASE_IDX                                                                           0
#define mmROM_DATA                                                                                     0x00e6
#define mmROM_DATA_BASE_IDX                                                                            0

#endif
