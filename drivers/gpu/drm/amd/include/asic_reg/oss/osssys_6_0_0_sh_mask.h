/*
 * Copyright 2021 Advanced Micro Devices, Inc.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software and associated documentation files (the "Software"),
 * to deal in the Software without restriction, including without limitation
 * the rights to use, copy, modify, merge, publish, distribute, sublicense,
 * and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.  IN NO EVENT SHALL
 * THE COPYRIGHT HOLDER(S) OR AUTHOR(S) BE LIABLE FOR ANY CLAIM, DAMAGES OR
 * OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,
 * ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR
 * OTHER DEALINGS IN THE SOFTWARE.
 *
 */
#ifndef _osssys_6_0_0_SH_MASK_HEADER
#define _osssys_6_0_0_SH_MASK_HEADER


// addressBlock: osssys_osssysdec
//IH_VMID_0_LUT
#define IH_VMID_0_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_0_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_1_LUT
#define IH_VMID_1_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_1_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_2_LUT
#define IH_VMID_2_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_2_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_3_LUT
#define IH_VMID_3_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_3_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_4_LUT
#define IH_VMID_4_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_4_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_5_LUT
#define IH_VMID_5_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_5_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_6_LUT
#define IH_VMID_6_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_6_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_7_LUT
#define IH_VMID_7_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_7_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_8_LUT
#define IH_VMID_8_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_8_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_9_LUT
#define IH_VMID_9_LUT__PASID__SHIFT                                                                           0x0
#define IH_VMID_9_LUT__PASID_MASK                                                                             0x0000FFFFL
//IH_VMID_10_LUT
#define IH_VMID_10_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_10_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_11_LUT
#define IH_VMID_11_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_11_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_12_LUT
#define IH_VMID_12_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_12_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_13_LUT
#define IH_VMID_13_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_13_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_14_LUT
#define IH_VMID_14_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_14_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_15_LUT
#define IH_VMID_15_LUT__PASID__SHIFT                                                                          0x0
#define IH_VMID_15_LUT__PASID_MASK                                                                            0x0000FFFFL
//IH_VMID_0_LUT_MM
#define IH_VMID_0_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_0_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_1_LUT_MM
#define IH_VMID_1_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_1_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_2_LUT_MM
#define IH_VMID_2_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_2_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_3_LUT_MM
#define IH_VMID_3_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_3_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_4_LUT_MM
#define IH_VMID_4_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_4_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_5_LUT_MM
#define IH_VMID_5_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_5_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_6_LUT_MM
#define IH_VMID_6_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_6_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_7_LUT_MM
#define IH_VMID_7_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_7_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_8_LUT_MM
#define IH_VMID_8_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_8_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_9_LUT_MM
#define IH_VMID_9_LUT_MM__PASID__SHIFT                                                                        0x0
#define IH_VMID_9_LUT_MM__PASID_MASK                                                                          0x0000FFFFL
//IH_VMID_10_LUT_MM
#define IH_VMID_10_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_10_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_VMID_11_LUT_MM
#define IH_VMID_11_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_11_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_VMID_12_LUT_MM
#define IH_VMID_12_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_12_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_VMID_13_LUT_MM
#define IH_VMID_13_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_13_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_VMID_14_LUT_MM
#define IH_VMID_14_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_14_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_VMID_15_LUT_MM
#define IH_VMID_15_LUT_MM__PASID__SHIFT                                                                       0x0
#define IH_VMID_15_LUT_MM__PASID_MASK                                                                         0x0000FFFFL
//IH_COOKIE_0
#define IH_COOKIE_0__CLIENT_ID__SHIFT                                                                         0x0
#define IH_COOKIE_0__SOURCE_ID__SHIFT                                                                         0x8
#define IH_COOKIE_0__RING_ID__SHIFT                                                                           0x10
#define IH_COOKIE_0__VM_ID__SHIFT                                                                             0x18
#define IH_COOKIE_0__RESERVED__SHIFT                                                                          0x1c
#define IH_COOKIE_0__VMID_TYPE__SHIFT                                                                         0x1f
#define IH_COOKIE_0__CLIENT_ID_MASK                                                                           0x000000FFL
#define IH_COOKIE_0__SOURCE_ID_MASK                                                                           0x0000FF00L
#define IH_COOKIE_0__RING_ID_MASK                                                                             0x00FF0000L
#define IH_COOKIE_0__VM_ID_MASK                                                                               0x0F000000L
#define IH_COOKIE_0__RESERVED_MASK                                                                            0x70000000L
#define IH_COOKIE_0__VMID_TYPE_MASK                                                                           0x80000000L
//IH_COOKIE_1
#define IH_COOKIE_1__TIMESTAMP_31_0__SHIFT                                                                    0x0
#define IH_COOKIE_1__TIMESTAMP_31_0_MASK                                                                      0xFFFFFFFFL
//IH_COOKIE_2
#define IH_COOKIE_2__TIMESTAMP_47_32__SHIFT                                                                   0x0
#define IH_COOKIE_2__RESERVED__SHIFT                                                                          0x10
#define IH_COOKIE_2__TIMESTAMP_SRC__SHIFT                                                                     0x1f
#define IH_COOKIE_2__TIMESTAMP_47_32_MASK                                                                     0x0000FFFFL
#define IH_COOKIE_2__RESERVED_MASK                                                                            0x7FFF0000L
#define IH_COOKIE_2__TIMESTAMP_SRC_MASK                                                                       0x80000000L
//IH_COOKIE_3
#define IH_COOKIE_3__PAS_ID__SHIFT                                                                            0x0
#define IH_COOKIE_3__RESERVED__SHIFT                                                                          0x10
#define IH_COOKIE_3__PASID_SRC__SHIFT                                                                         0x1f
#define IH_COOKIE_3__PAS_ID_MASK                                                                              0x0000FFFFL
#define IH_COOKIE_3__RESERVED_MASK                                                                            0x7FFF0000L
#define IH_COOKIE_3__PASID_SRC_MASK                                                                           0x80000000L
//IH_COOKIE_4
#define IH_COOKIE_4__CONTEXT_ID_31_0__SHIFT                                                                   0x0
#define IH_COOKIE_4__CONTEXT_ID_31_0_MASK                                                                     0xFFFFFFFFL
//IH_COOKIE_5
#define IH_COOKIE_5__CONTEXT_ID_63_32__SHIFT                                                                  0x0
#define IH_COOKIE_5__CONTEXT_ID_63_32_MASK                                                                    0xFFFFFFFFL
//IH_COOKIE_6
#define IH_COOKIE_6__CONTEXT_ID_95_64__SHIFT                                                                  0x0
#define IH_COOKIE_6__CONTEXT_ID_95_64_MASK                                                                    0xFFFFFFFFL
//IH_COOKIE_7
#define IH_COOKIE_7__CONTEXT_ID_128_96__SHIFT                                                                 0x0
#define IH_COOKIE_7__CONTEXT_ID_128_96_MASK                                                                   0xFFFFFFFFL
//IH_REGISTER_LAST_PART0
#define IH_REGISTER_LAST_PART0__RESERVED__SHIFT                                                               0x0
#define IH_REGISTER_LAST_PART0__RESERVED_MASK                                                                 0xFFFFFFFFL
//IH_RB_CNTL
#define IH_RB_CNTL__RB_ENABLE__SHIFT                                                                          0x0
#define IH_RB_CNTL__RB_SIZE__SHIFT                                                                            0x1
#define IH_RB_CNTL__WPTR_WRITEBACK_ENABLE__SHIFT                                                              0x8
#define IH_RB_CNTL__RB_FULL_DRAIN_ENABLE__SHIFT                                                               0x9
#define IH_RB_CNTL__FULL_DRAIN_CLEAR__SHIFT                                                                   0xa
#define IH_RB_CNTL__PAGE_RB_CLEAR__SHIFT                                                                      0xb
#define IH_RB_CNTL__RB_USED_INT_THRESHOLD__SHIFT                                                              0xc
#define IH_RB_CNTL__WPTR_OVERFLOW_ENABLE__SHIFT                                                               0x10
#define IH_RB_CNTL__ENABLE_INTR__SHIFT                                                                        0x11
#define IH_RB_CNTL__MC_SWAP__SHIFT                                                                            0x12
#define IH_RB_CNTL__MC_SNOOP__SHIFT                                                                           0x14
#define IH_RB_CNTL__RPTR_REARM__SHIFT                                                                         0x15
#define IH_RB_CNTL__MC_RO__SHIFT                                                                              0x16
#define IH_RB_CNTL__MC_VMID__SHIFT                                                                            0x18
#define IH_RB_CNTL__MC_SPACE__SHIFT                                                                           0x1c
#define IH_RB_CNTL__WPTR_OVERFLOW_CLEAR__SHIFT                                                                0x1f
#define IH_RB_CNTL__RB_ENABLE_MASK                                                                            0x00000001L
#define IH_RB_CNTL__RB_SIZE_MASK                                                                              0x0000003EL
#define IH_RB_CNTL__WPTR_WRITEBACK_ENABLE_MASK                                                                0x00000100L
#define IH_RB_CNTL__RB_FULL_DRAIN_ENABLE_MASK                                                                 0x00000200L
#define IH_RB_CNTL__FULL_DRAIN_CLEAR_MASK                                                                     0x00000400L
#define IH_RB_CNTL__PAGE_RB_CLEAR_MASK                                                                        0x00000800L
#define IH_RB_CNTL__RB_USED_INT_THRESHOLD_MASK                                                                0x0000F000L
#define IH_RB_CNTL__WPTR_OVERFLOW_ENABLE_MASK                                                                 0x00010000L
#define IH_RB_CNTL__ENABLE_INTR_MASK                                                                          0x00020000L
#define IH_RB_CNTL__MC_SWAP_MASK                                                                              0x000C0000L
#define IH_RB_CNTL__MC_SNOOP_MASK                                                                             0x00100000L
#define IH_RB_CNTL__RPTR_REARM_MASK                                                                           0x00200000L
#define IH_RB_CNTL__MC_RO_MASK                                                                                0x00400000L
#define IH_RB_CNTL__MC_VMID_MASK                                                                              0x0F000000L
#define IH_RB_CNTL__MC_SPACE_MASK                                                                             0x70000000L
#define IH_RB_CNTL__WPTR_OVERFLOW_CLEAR_MASK                                                                  0x80000000L
//IH_RB_BASE
#define IH_RB_BASE__ADDR__SHIFT                                                                               0x0
#define IH_RB_BASE__ADDR_MASK                                                                                 0xFFFFFFFFL
//IH_RB_BASE_HI
#define IH_RB_BASE_HI__ADDR__SHIFT                                                                            0x0
#define IH_RB_BASE_HI__ADDR_MASK                                                                              0x000000FFL
//IH_RB_RPTR
#define IH_RB_RPTR__OFFSET__SHIFT                                                                             0x2
#define IH_RB_RPTR__OFFSET_MASK                                                                               0x0003FFFCL
//IH_RB_WPTR
#define IH_RB_WPTR__RB_OVERFLOW__SHIFT                                                                        0x0
#define IH_RB_WPTR__OFFSET__SHIFT                                                                             0x2
#define IH_RB_WPTR__RB_LEFT_NONE__SHIFT                                                                       0x12
#define IH_RB_WPTR__RB_MAY_OVERFLOW__SHIFT                                                                    0x13
#define IH_RB_WPTR__RB_OVERFLOW_MASK                                                                          0x00000001L
#define IH_RB_WPTR__OFFSET_MASK                                                                               0x0003FFFCL
#define IH_RB_WPTR__RB_LEFT_NONE_MASK                                                                         0x00040000L
#define IH_RB_WPTR__RB_MAY_OVERFLOW_MASK                                                                      0x00080000L
//IH_RB_WPTR_ADDR_HI
#define IH_RB_WPTR_ADDR_HI__ADDR__SHIFT                                                                       0x0
#define IH_RB_WPTR_ADDR_HI__ADDR_MASK                                                                         0x0000FFFFL
//IH_RB_WPTR_ADDR_LO
#define IH_RB_WPTR_ADDR_LO__ADDR__SHIFT                                                                       0x2
#define IH_RB_WPTR_ADDR_LO__ADDR_MASK                                                                         0xFFFFFFFCL
//IH_DOORBELL_RPTR
#define IH_DOORBELL_RPTR__OFFSET__SHIFT                                                                       0x0
#define IH_DOORBELL_RPTR__ENABLE__SHIFT                                                                       0x1c
#define IH_DOORBELL_RPTR__OFFSET_MASK                                                                         0x03FFFFFFL
#define IH_DOORBELL_RPTR__ENABLE_MASK                                                                         0x10000000L
//IH_DOORBELL_RETRY_CAM
#define IH_DOORBELL_RETRY_CAM__OFFSET__SHIFT                                                                  0x0
#define IH_DOORBELL_RETRY_CAM__ENABLE__SHIFT                                                                  0x1c
#define IH_DOORBELL_RETRY_CAM__OFFSET_MASK                                                                    0x03FFFFFFL
#define IH_DOORBELL_RETRY_CAM__ENABLE_MASK                                                                    0x10000000L
//IH_RB_CNTL_RING1
#define IH_RB_CNTL_RING1__RB_ENABLE__SHIFT                                                                    0x0
#define IH_RB_CNTL_RING1__RB_SIZE__SHIFT                                                                      0x1
#define IH_RB_CNTL_RING1__RB_FULL_DRAIN_ENABLE__SHIFT                                                         0x9
#define IH_RB_CNTL_RING1__FULL_DRAIN_CLEAR__SHIFT                                                             0xa
#define IH_RB_CNTL_RING1__PAGE_RB_CLEAR__SHIFT                                                                0xb
#define IH_RB_CNTL_RING1__RB_USED_INT_THRESHOLD__SHIFT                                                        0xc
#define IH_RB_CNTL_RING1__WPTR_OVERFLOW_ENABLE__SHIFT                                                         0x10
#define IH_RB_CNTL_RING1__MC_SWAP__SHIFT                                                                      0x12
#define IH_RB_CNTL_RING1__MC_SNOOP__SHIFT                                                                     0x14
#define IH_RB_CNTL_RING1__MC_RO__SHIFT                                                                        0x16
#define IH_RB_CNTL_RING1__MC_VMID__SHIFT                                                                      0x18
#define IH_RB_CNTL_RING1__MC_SPACE__SHIFT                                                                     0x1c
#define IH_RB_CNTL_RING1__WPTR_OVERFLOW_CLEAR__SHIFT                                                          0x1f
#define IH_RB_CNTL_RING1__RB_ENABLE_MASK                                                                      0x00000001L
#define IH_RB_CNTL_RING1__RB_SIZE_MASK                                                                        0x0000003EL
#define IH_RB_CNTL_RING1__RB_FULL_DRAIN_ENABLE_MASK                                                           0x00000200L
#define IH_RB_CNTL_RING1__FULL_DRAIN_CLEAR_MASK                                                               0x00000400L
#define IH_RB_CNTL_RING1__PAGE_RB_CLEAR_MASK                                                                  0x00000800L
#define IH_RB_CNTL_RING1__RB_USED_INT_THRESHOLD_MASK                                                          0x0000F000L
#define IH_RB_CNTL_RING1__WPTR_OVERFLOW_ENABLE_MASK                                                           0x00010000L
#define IH_RB_CNTL_RING1__MC_SWAP_MASK                                                                        0x000C0000L
#define IH_RB_CNTL_RING1__MC_SNOOP_MASK                                                                       0x00100000L
#define IH_RB_CNTL_RING1__MC_RO_MASK                                                                          0x00400000L
#define IH_RB_CNTL_RING1__MC_VMID_MASK                                                                        0x0F000000L
#define IH_RB_CNTL_RING1__MC_SPACE_MASK                                                                       0x70000000L
#define IH_RB_CNTL_RING1__WPTR_OVERFLOW_CLEAR_MASK                                                            0x80000000L
//IH_RB_BASE_RING1
#define IH_RB_BASE_RING1__ADDR__SHIFT                                                                         0x0
#define IH_RB_BASE_RING1__ADDR_MASK                                                                           0xFFFFFFFFL
//IH_RB_BASE_HI_RING1
#define IH_RB_BASE_HI_RING1__ADDR__SHIFT                                                                      0x0
#define IH_RB_BASE_HI_RING1__ADDR_MASK                                                                        0x000000FFL
//IH_RB_RPTR_RING1
#define IH_RB_RPTR_RING1__OFFSET__SHIFT                                                                       0x2
#define IH_RB_RPTR_RING1__OFFSET_MASK                                                                         0x0003FFFCL
//IH_RB_WPTR_RING1
#define IH_RB_WPTR_RING1__RB_OVERFLOW__SHIFT                                                                  0x0
#define IH_RB_WPTR_RING1__OFFSET__SHIFT                                                                       0x2
#define IH_RB_WPTR_RING1__RB_LEFT_NONE__SHIFT                                                                 0x12
#define IH_RB_WPTR_RING1__RB_MAY_OVERFLOW__SHIFT                                                              0x13
#define IH_RB_WPTR_RING1__RB_OVERFLOW_MASK                                                                    0x00000001L
#define IH_RB_WPTR_RING1__OFFSET_MASK                                                                         0x0003FFFCL
#define IH_RB_WPTR_RING1__RB_LEFT_NONE_MASK                                                                   0x00040000L
#define IH_RB_WPTR_RING1__RB_MAY_OVERFLOW_MASK                                                                0x00080000L
//IH_DOORBELL_RPTR_RING1
#define IH_DOORBELL_RPTR_RING1__OFFSET__SHIFT                                                                 0x0
#define IH_DOORBELL_RPTR_RING1__ENABLE__SHIFT                                                                 0x1c
#define IH_DOORBELL_RPTR_RING1__OFFSET_MASK                                                                   0x03FFFFFFL
#define IH_DOORBELL_RPTR_RING1__ENABLE_MASK                                                                   0x10000000L
//IH_RETRY_CAM_ACK
#define IH_RETRY_CAM_ACK__INDEX__SHIFT                                                                        0x0
#define IH_RETRY_CAM_ACK__INDEX_MASK                                                                          0x000003FFL
//IH_VERSION
#define IH_VERSION__MINVER__SHIFT                                                                             0x0
#define IH_VERSION__MAJVER__SHIFT                                                                             0x8
#define IH_VERSION__REV__SHIFT                                                                                0x10
#define IH_VERSION__MINVER_MASK                                                                               0x0000007FL
#define IH_VERSION__MAJVER_MASK                                                                               0x00007F00L
#define IH_VERSION__REV_MASK                                                                                  0x003F0000L
//IH_CNTL
#define IH_CNTL__WPTR_WRITEBACK_TIMER__SHIFT                                                                  0x0
#define IH_CNTL__IH_IDLE_HYSTERESIS_CNTL__SHIFT                                                               0x6
#define IH_CNTL__IH_FIFO_HIGHWATER__SHIFT                                                                     0x8
#define IH_CNTL__MC_WR_CLEAN_CNT__SHIFT                                                                       0x14
#define IH_CNTL__WPTR_WRITEBACK_TIMER_MASK                                                                    0x0000001FL
#define IH_CNTL__IH_IDLE_HYSTERESIS_CNTL_MASK                                                                 0x000000C0L
#define IH_CNTL__IH_FIFO_HIGHWATER_MASK                                                                       0x00007F00L
#define IH_CNTL__MC_WR_CLEAN_CNT_MASK                                                                         0x01F00000L
//IH_CNTL2
#define IH_CNTL2__SELF_IV_FORCE_WPTR_UPDATE_TIMEOUT__SHIFT                                                    0x0
#define IH_CNTL2__SELF_IV_FORCE_WPTR_UPDATE_ENABLE__SHIFT                                                     0x8
#define IH_CNTL2__SELF_IV_FORCE_WPTR_UPDATE_TIMEOUT_MASK                                                      0x0000001FL
#define IH_CNTL2__SELF_IV_FORCE_WPTR_UPDATE_ENABLE_MASK                                                       0x00000100L
//IH_STATUS
#define IH_STATUS__IDLE__SHIFT                                                                                0x0
#define IH_STATUS__INPUT_IDLE__SHIFT                                                                          0x1
#define IH_STATUS__BUFFER_IDLE__SHIFT                                                                         0x2
#define IH_STATUS__RB_FULL__SHIFT                                                                             0x3
#define IH_STATUS__RB_FULL_DRAIN__SHIFT                                                                       0x4
#define IH_STATUS__RB_OVERFLOW__SHIFT                                                                         0x5
#define IH_STATUS__MC_WR_IDLE__SHIFT                                                                          0x6
#define IH_STATUS__MC_WR_STALL__SHIFT                                                                         0x7
#define IH_STATUS__MC_WR_CLEAN_PENDING__SHIFT                                                                 0x8
#define IH_STATUS__MC_WR_CLEAN_STALL__SHIFT                                                                   0x9
#define IH_STATUS__BIF_INTERRUPT_LINE__SHIFT                                                                  0xa
#define IH_STATUS__SWITCH_READY__SHIFT                                                                        0xb
#define IH_STATUS__RB1_FULL__SHIFT                                                                            0xc
#define IH_STATUS__RB1_FULL_DRAIN__SHIFT                                                                      0xd
#define IH_STATUS__RB1_OVERFLOW__SHIFT                                                                        0xe
#define IH_STATUS__SELF_INT_GEN_IDLE__SHIFT                                                                   0x12
#define IH_STATUS__RETRY_INT_CAM_IDLE__SHIFT                                                                  0x13
#define IH_STATUS__ZSTATES_FENCE__SHIFT                                                                       0x14
#define IH_STATUS__IH_BUFFER_MEM_POWER_GATED__SHIFT                                                           0x15
#define IH_STATUS__IH_RETRY_INT_CAM_MEM_POWER_GATED__SHIFT                                                    0x16
#define IH_STATUS__IH_PASID_LUT_MEM_POWER_GATED__SHIFT                                                        0x17
#define IH_STATUS__IDLE_MASK                                                                                  0x00000001L
#define IH_STATUS__INPUT_IDLE_MASK                                                                            0x00000002L
#define IH_STATUS__BUFFER_IDLE_MASK                                                                           0x00000004L
#define IH_STATUS__RB_FULL_MASK                                                                               0x00000008L
#define IH_STATUS__RB_FULL_DRAIN_MASK                                                                         0x00000010L
#define IH_STATUS__RB_OVERFLOW_MASK                                                                           0x00000020L
#define IH_STATUS__MC_WR_IDLE_MASK                                                                            0x00000040L
#define IH_STATUS__MC_WR_STALL_MASK                                                                           0x00000080L
#define IH_STATUS__MC_WR_CLEAN_PENDING_MASK                                                                   0x00000100L
#define IH_STATUS__MC_WR_CLEAN_STALL_MASK                                                                     0x00000200L
#define IH_STATUS__BIF_INTERRUPT_LINE_MASK                                                                    0x00000400L
#define IH_STATUS__SWITCH_READY_MASK                                                                          0x00000800L
#define IH_STATUS__RB1_FULL_MASK                                                                              0x00001000L
#define IH_STATUS__RB1_FULL_DRAIN_MASK                                                                        0x00002000L
#define IH_STATUS__RB1_OVERFLOW_MASK                                                                          0x00004000L
#define IH_STATUS__SELF_INT_GEN_IDLE_MASK                                                                     0x00040000L
#define IH_STATUS__RETRY_INT_CAM_IDLE_MASK                                                                    0x00080000L
#define IH_STATUS__ZSTATES_FENCE_MASK                                                                         0x00100000L
#define IH_STATUS__IH_BUFFER_MEM_POWER_GATED_MASK                                                             0x00200000L
#define IH_STATUS__IH_RETRY_INT_CAM_MEM_POWER_GATED_MASK                                                      0x00400000L
#define IH_STATUS__IH_PASID_LUT_MEM_POWER_GATED_MASK                                                          0x00800000L
//IH_PERFMON_CNTL
#define IH_PERFMON_CNTL__ENABLE0__SHIFT                                                                       0x0
#define IH_PERFMON_CNTL__CLEAR0__SHIFT                                                                        0x1
#define IH_PERFMON_CNTL__PERF_SEL0__SHIFT                                                                     0x2
#define IH_PERFMON_CNTL__ENABLE1__SHIFT                                                                       0x10
#define IH_PERFMON_CNTL__CLEAR1__SHIFT                                                                        0x11
#define IH_PERFMON_CNTL__PERF_SEL1__SHIFT                                                                     0x12
#define IH_PERFMON_CNTL__ENABLE0_MASK                                                                         0x00000001L
#define IH_PERFMON_CNTL__CLEAR0_MASK                                                                          0x00000002L
#define IH_PERFMON_CNTL__PERF_SEL0_MASK                                                                       0x00000FFCL
#define IH_PERFMON_CNTL__ENABLE1_MASK                                                                         0x00010000L
#define IH_PERFMON_CNTL__CLEAR1_MASK                                                                          0x00020000L
#define IH_PERFMON_CNTL__PERF_SEL1_MASK                                                                       0x0FFC0000L
//IH_PERFCOUNTER0_RESULT
#define IH_PERFCOUNTER0_RESULT__PERF_COUNT__SHIFT                                                             0x0
#define IH_PERFCOUNTER0_RESULT__PERF_COUNT_MASK                                                               0xFFFFFFFFL
//IH_PERFCOUNTER1_RESULT
#define IH_PERFCOUNTER1_RESULT__PERF_COUNT__SHIFT                                                             0x0
#define IH_PERFCOUNTER1_RESULT__PERF_COUNT_MASK                                                               0xFFFFFFFFL
//IH_DSM_MATCH_VALUE_BIT_31_0
#define IH_DSM_MATCH_VALUE_BIT_31_0__VALUE__SHIFT                                                             0x0
#define IH_DSM_MATCH_VALUE_BIT_31_0__VALUE_MASK                                                               0xFFFFFFFFL
//IH_DSM_MATCH_VALUE_BIT_63_32
#define IH_DSM_MATCH_VALUE_BIT_63_32__VALUE__SHIFT                                                            0x0
#define IH_DSM_MATCH_VALUE_BIT_63_32__VALUE_MASK                                                              0xFFFFFFFFL
//IH_DSM_MATCH_VALUE_BIT_95_64
#define IH_DSM_MATCH_VALUE_BIT_95_64__VALUE__SHIFT                                                            0x0
#define IH_DSM_MATCH_VALUE_BIT_95_64__VALUE_MASK                                                              0xFFFFFFFFL
//IH_DSM_MATCH_FIELD_CONTROL
#define IH_DSM_MATCH_FIELD_CONTROL__SRC_EN__SHIFT                                                             0x0
#define IH_DSM_MATCH_FIELD_CONTROL__FCNID_EN__SHIFT                                                           0x1
#define IH_DSM_MATCH_FIELD_CONTROL__TIMESTAMP_EN__SHIFT                                                       0x2
#define IH_DSM_MATCH_FIELD_CONTROL__RINGID_EN__SHIFT                                                          0x3
#define IH_DSM_MATCH_FIELD_CONTROL__VMID_EN__SHIFT                                                            0x4
#define IH_DSM_MATCH_FIELD_CONTROL__PASID_EN__SHIFT                                                           0x5
#define IH_DSM_MATCH_FIELD_CONTROL__CLIENT_ID_EN__SHIFT                                                       0x6
#define IH_DSM_MATCH_FIELD_CONTROL__SRC_EN_MASK                                                               0x00000001L
#define IH_DSM_MATCH_FIELD_CONTROL__FCNID_EN_MASK                                                             0x00000002L
#define IH_DSM_MATCH_FIELD_CONTROL__TIMESTAMP_EN_MASK                                                         0x00000004L
#define IH_DSM_MATCH_FIELD_CONTROL__RINGID_EN_MASK                                                            0x00000008L
#define IH_DSM_MATCH_FIELD_CONTROL__VMID_EN_MASK                                                              0x00000010L
#define IH_DSM_MATCH_FIELD_CONTROL__PASID_EN_MASK                                                             0x00000020L
#define IH_DSM_MATCH_FIELD_CONTROL__CLIENT_ID_EN_MASK                                                         0x00000040L
//IH_DSM_MATCH_DATA_CONTROL
#define IH_DSM_MATCH_DATA_CONTROL__VALUE__SHIFT                                                               0x0
#define IH_DSM_MATCH_DATA_CONTROL__VALUE_MASK                                                                 0x0FFFFFFFL
//IH_DSM_MATCH_FCN_ID
#define IH_DSM_MATCH_FCN_ID__VF_ID__SHIFT                                                                     0x0
#define IH_DSM_MATCH_FCN_ID__PF_VF__SHIFT                                                                     0x7
#define IH_DSM_MATCH_FCN_ID__VF_ID_MASK                                                                       0x0000000FL
#define IH_DSM_MATCH_FCN_ID__PF_VF_MASK                                                                       0x00000080L
//IH_LIMIT_INT_RATE_CNTL
#define IH_LIMIT_INT_RATE_CNTL__LIMIT_ENABLE__SHIFT                                                           0x0
#define IH_LIMIT_INT_RATE_CNTL__PERF_INTERVAL__SHIFT                                                          0x1
#define IH_LIMIT_INT_RATE_CNTL__PERF_THRESHOLD__SHIFT                                                         0x5
#define IH_LIMIT_INT_RATE_CNTL__RETURN_DELAY__SHIFT                                                           0x11
#define IH_LIMIT_INT_RATE_CNTL__PERF_RESULT__SHIFT                                                            0x15
#define IH_LIMIT_INT_RATE_CNTL__LIMIT_ENABLE_MASK                                                             0x00000001L
#define IH_LIMIT_INT_RATE_CNTL__PERF_INTERVAL_MASK                                                            0x0000001EL
#define IH_LIMIT_INT_RATE_CNTL__PERF_THRESHOLD_MASK                                                           0x0000FFE0L
#define IH_LIMIT_INT_RATE_CNTL__RETURN_DELAY_MASK                                                             0x001E0000L
#define IH_LIMIT_INT_RATE_CNTL__PERF_RESULT_MASK                                                              0xFFE00000L
//IH_VF_RB_STATUS
#define IH_VF_RB_STATUS__RB_FULL_DRAIN_VF__SHIFT                                                              0x0
#define IH_VF_RB_STATUS__RB_FULL_DRAIN_VF_MASK                                                                0x0000FFFFL
//IH_VF_RB_STATUS2
#define IH_VF_RB_STATUS2__RB_FULL_VF__SHIFT                                                                   0x0
#define IH_VF_RB_STATUS2__RB_FULL_VF_MASK                                                                     0x0000FFFFL
//IH_VF_RB1_STATUS
#define IH_VF_RB1_STATUS__RB_FULL_DRAIN_VF__SHIFT                                                             0x0
#define IH_VF_RB1_STATUS__RB_FULL_DRAIN_VF_MASK                                                               0x0000FFFFL
//IH_VF_RB1_STATUS2
#define IH_VF_RB1_STATUS2__RB_FULL_VF__SHIFT                                                                  0x0
#define IH_VF_RB1_STATUS2__RB_FULL_VF_MASK                                                                    0x0000FFFFL
//IH_RB_STATUS
#define IH_RB_STATUS__RB_FULL__SHIFT                                                                          0x0
#define IH_RB_STATUS__RB_FULL_DRAIN__SHIFT                                                                    0x1
#define IH_RB_STATUS__RB_OVERFLOW__SHIFT                                                                      0x2
#define IH_RB_STATUS__RB1_FULL__SHIFT                                                                         0x4
#define IH_RB_STATUS__RB1_FULL_DRAIN__SHIFT                                                                   0x5
#define IH_RB_STATUS__RB1_OVERFLOW__SHIFT                                                                     0x6
#define IH_RB_STATUS__RB_FULL_MASK                                                                            0x00000001L
#define IH_RB_STATUS__RB_FULL_DRAIN_MASK                                                                      0x00000002L
#define IH_RB_STATUS__RB_OVERFLOW_MASK                                                                        0x00000004L
#define IH_RB_STATUS__RB1_FULL_MASK                                                                           0x00000010L
#define IH_RB_STATUS__RB1_FULL_DRAIN_MASK                                                                     0x00000020L
#define IH_RB_STATUS__RB1_OVERFLOW_MASK                                                                       0x00000040L
//IH_INT_FLOOD_CNTL
#define IH_INT_FLOOD_CNTL__HIGHWATER__SHIFT                                                                   0x0
#define IH_INT_FLOOD_CNTL__FLOOD_CNTL_ENABLE__SHIFT                                                           0x3
#define IH_INT_FLOOD_CNTL__CLEAR_INT_FLOOD_STATUS__SHIFT                                                      0x4
#define IH_INT_FLOOD_CNTL__HIGHWATER_MASK                                                                     0x00000007L
#define IH_INT_FLOOD_CNTL__FLOOD_CNTL_ENABLE_MASK                                                             0x00000008L
#define IH_INT_FLOOD_CNTL__CLEAR_INT_FLOOD_STATUS_MASK                                                        0x00000010L
//IH_RB0_INT_FLOOD_STATUS
#define IH_RB0_INT_FLOOD_STATUS__RB_INT_DROPPED_VF__SHIFT                                                     0x0
#define IH_RB0_INT_FLOOD_STATUS__RB_INT_DROPPED__SHIFT                                                        0x1f
#define IH_RB0_INT_FLOOD_STATUS__RB_INT_DROPPED_VF_MASK                                                       0x0000FFFFL
#define IH_RB0_INT_FLOOD_STATUS__RB_INT_DROPPED_MASK                                                          0x80000000L
//IH_RB1_INT_FLOOD_STATUS
#define IH_RB1_INT_FLOOD_STATUS__RB_INT_DROPPED_VF__SHIFT                                                     0x0
#define IH_RB1_INT_FLOOD_STATUS__RB_INT_DROPPED__SHIFT                                                        0x1f
#define IH_RB1_INT_FLOOD_STATUS__RB_INT_DROPPED_VF_MASK                                                       0x0000FFFFL
#define IH_RB1_INT_FLOOD_STATUS__RB_INT_DROPPED_MASK                                                          0x80000000L
//IH_INT_FLOOD_STATUS
#define IH_INT_FLOOD_STATUS__INT_DROP_CNT__SHIFT                                                              0x0
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_CLIENT_ID__SHIFT                                                  0x8
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_SOURCE_ID__SHIFT                                                  0x10
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_VF_ID__SHIFT                                                      0x18
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_VF__SHIFT                                                         0x1d
#define IH_INT_FLOOD_STATUS__INT_DROPPED__SHIFT                                                               0x1e
#define IH_INT_FLOOD_STATUS__INT_DROP_CNT_MASK                                                                0x000000FFL
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_CLIENT_ID_MASK                                                    0x0000FF00L
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_SOURCE_ID_MASK                                                    0x00FF0000L
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_VF_ID_MASK                                                        0x0F000000L
#define IH_INT_FLOOD_STATUS__FIRST_DROP_INT_VF_MASK                                                           0x20000000L
#define IH_INT_FLOOD_STATUS__INT_DROPPED_MASK                                                                 0x40000000L
//IH_STORM_CLIENT_LIST_CNTL
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT1_IS_STORM_CLIENT__SHIFT                                             0x1
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT2_IS_STORM_CLIENT__SHIFT                                             0x2
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT3_IS_STORM_CLIENT__SHIFT                                             0x3
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT4_IS_STORM_CLIENT__SHIFT                                             0x4
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT5_IS_STORM_CLIENT__SHIFT                                             0x5
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT6_IS_STORM_CLIENT__SHIFT                                             0x6
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT7_IS_STORM_CLIENT__SHIFT                                             0x7
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT8_IS_STORM_CLIENT__SHIFT                                             0x8
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT9_IS_STORM_CLIENT__SHIFT                                             0x9
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT10_IS_STORM_CLIENT__SHIFT                                            0xa
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT11_IS_STORM_CLIENT__SHIFT                                            0xb
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT12_IS_STORM_CLIENT__SHIFT                                            0xc
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT13_IS_STORM_CLIENT__SHIFT                                            0xd
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT14_IS_STORM_CLIENT__SHIFT                                            0xe
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT15_IS_STORM_CLIENT__SHIFT                                            0xf
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT16_IS_STORM_CLIENT__SHIFT                                            0x10
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT17_IS_STORM_CLIENT__SHIFT                                            0x11
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT18_IS_STORM_CLIENT__SHIFT                                            0x12
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT19_IS_STORM_CLIENT__SHIFT                                            0x13
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT20_IS_STORM_CLIENT__SHIFT                                            0x14
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT21_IS_STORM_CLIENT__SHIFT                                            0x15
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT22_IS_STORM_CLIENT__SHIFT                                            0x16
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT23_IS_STORM_CLIENT__SHIFT                                            0x17
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT24_IS_STORM_CLIENT__SHIFT                                            0x18
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT25_IS_STORM_CLIENT__SHIFT                                            0x19
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT26_IS_STORM_CLIENT__SHIFT                                            0x1a
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT27_IS_STORM_CLIENT__SHIFT                                            0x1b
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT28_IS_STORM_CLIENT__SHIFT                                            0x1c
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT29_IS_STORM_CLIENT__SHIFT                                            0x1d
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT30_IS_STORM_CLIENT__SHIFT                                            0x1e
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT31_IS_STORM_CLIENT__SHIFT                                            0x1f
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT1_IS_STORM_CLIENT_MASK                                               0x00000002L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT2_IS_STORM_CLIENT_MASK                                               0x00000004L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT3_IS_STORM_CLIENT_MASK                                               0x00000008L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT4_IS_STORM_CLIENT_MASK                                               0x00000010L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT5_IS_STORM_CLIENT_MASK                                               0x00000020L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT6_IS_STORM_CLIENT_MASK                                               0x00000040L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT7_IS_STORM_CLIENT_MASK                                               0x00000080L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT8_IS_STORM_CLIENT_MASK                                               0x00000100L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT9_IS_STORM_CLIENT_MASK                                               0x00000200L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT10_IS_STORM_CLIENT_MASK                                              0x00000400L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT11_IS_STORM_CLIENT_MASK                                              0x00000800L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT12_IS_STORM_CLIENT_MASK                                              0x00001000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT13_IS_STORM_CLIENT_MASK                                              0x00002000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT14_IS_STORM_CLIENT_MASK                                              0x00004000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT15_IS_STORM_CLIENT_MASK                                              0x00008000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT16_IS_STORM_CLIENT_MASK                                              0x00010000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT17_IS_STORM_CLIENT_MASK                                              0x00020000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT18_IS_STORM_CLIENT_MASK                                              0x00040000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT19_IS_STORM_CLIENT_MASK                                              0x00080000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT20_IS_STORM_CLIENT_MASK                                              0x00100000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT21_IS_STORM_CLIENT_MASK                                              0x00200000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT22_IS_STORM_CLIENT_MASK                                              0x00400000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT23_IS_STORM_CLIENT_MASK                                              0x00800000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT24_IS_STORM_CLIENT_MASK                                              0x01000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT25_IS_STORM_CLIENT_MASK                                              0x02000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT26_IS_STORM_CLIENT_MASK                                              0x04000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT27_IS_STORM_CLIENT_MASK                                              0x08000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT28_IS_STORM_CLIENT_MASK                                              0x10000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT29_IS_STORM_CLIENT_MASK                                              0x20000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT30_IS_STORM_CLIENT_MASK                                              0x40000000L
#define IH_STORM_CLIENT_LIST_CNTL__CLIENT31_IS_STORM_CLIENT_MASK                                              0x80000000L
//IH_CLK_CTRL
#define IH_CLK_CTRL__IH_PASID_LUT_MEM_CLK_SOFT_OVERRIDE__SHIFT                                                0x17
#define IH_CLK_CTRL__MSI_STORM_COUNTER_CLK_SOFT_OVERRIDE__SHIFT                                               0x18
#define IH_CLK_CTRL__IH_RETRY_INT_CAM_MEM_CLK_SOFT_OVERRIDE__SHIFT                                            0x19
#define IH_CLK_CTRL__IH_BUFFER_MEM_CLK_SOFT_OVERRIDE__SHIFT                                                   0x1a
#define IH_CLK_CTRL__DBUS_MUX_CLK_SOFT_OVERRIDE__SHIFT                                                        0x1b
#define IH_CLK_CTRL__OSSSYS_SHARE_CLK_SOFT_OVERRIDE__SHIFT                                                    0x1c
#define IH_CLK_CTRL__LIMIT_SMN_CLK_SOFT_OVERRIDE__SHIFT                                                       0x1d
#define IH_CLK_CTRL__DYN_CLK_SOFT_OVERRIDE__SHIFT                                                             0x1e
#define IH_CLK_CTRL__REG_CLK_SOFT_OVERRIDE__SHIFT                                                             0x1f
#define IH_CLK_CTRL__IH_PASID_LUT_MEM_CLK_SOFT_OVERRIDE_MASK                                                  0x00800000L
#define IH_CLK_CTRL__MSI_STORM_COUNTER_CLK_SOFT_OVERRIDE_MASK                                                 0x01000000L
#define IH_CLK_CTRL__IH_RETRY_INT_CAM_MEM_CLK_SOFT_OVERRIDE_MASK                                              0x02000000L
#define IH_CLK_CTRL__IH_BUFFER_MEM_CLK_SOFT_OVERRIDE_MASK                                                     0x04000000L
#define IH_CLK_CTRL__DBUS_MUX_CLK_SOFT_OVERRIDE_MASK                                                          0x08000000L
#define IH_CLK_CTRL__OSSSYS_SHARE_CLK_SOFT_OVERRIDE_MASK                                                      0x10000000L
#define IH_CLK_CTRL__LIMIT_SMN_CLK_SOFT_OVERRIDE_MASK                                                         0x20000000L
#define IH_CLK_CTRL__DYN_CLK_SOFT_OVERRIDE_MASK                                                               0x40000000L
#define IH_CLK_CTRL__REG_CLK_SOFT_OVERRIDE_MASK                                                               0x80000000L
//IH_INT_FLAGS
#define IH_INT_FLAGS__CLIENT_0_FLAG__SHIFT                                                                    0x0
#define IH_INT_FLAGS__CLIENT_1_FLAG__SHIFT                                                                    0x1
#define IH_INT_FLAGS__CLIENT_2_FLAG__SHIFT                                                                    0x2
#define IH_INT_FLAGS__CLIENT_3_FLAG__SHIFT                                                                    0x3
#define IH_INT_FLAGS__CLIENT_4_FLAG__SHIFT                                                                    0x4
#define IH_INT_FLAGS__CLIENT_5_FLAG__SHIFT                                                                    0x5
#define IH_INT_FLAGS__CLIENT_6_FLAG__SHIFT                                                                    0x6
#define IH_INT_FLAGS__CLIENT_7_FLAG__SHIFT                                                                    0x7
#define IH_INT_FLAGS__CLIENT_8_FLAG__SHIFT                                                                    0x8
#define IH_INT_FLAGS__CLIENT_9_FLAG__SHIFT                                                                    0x9
#define IH_INT_FLAGS__CLIENT_10_FLAG__SHIFT                                                                   0xa
#define IH_INT_FLAGS__CLIENT_11_FLAG__SHIFT                                                                   0xb
#define IH_INT_FLAGS__CLIENT_12_FLAG__SHIFT                                                                   0xc
#define IH_INT_FLAGS__CLIENT_13_FLAG__SHIFT                                                                   0xd
#define IH_INT_FLAGS__CLIENT_14_FLAG__SHIFT                                                                   0xe
#define IH_INT_FLAGS__CLIENT_15_FLAG__SHIFT                                                                   0xf
#define IH_INT_FLAGS__CLIENT_16_FLAG__SHIFT                                                                   0x10
#define IH_INT_FLAGS__CLIENT_17_FLAG__SHIFT                                                                   0x11
#define IH_INT_FLAGS__CLIENT_18_FLAG__SHIFT                                                                   0x12
#define IH_INT_FLAGS__CLIENT_19_FLAG__SHIFT                                                                   0x13
#define IH_INT_FLAGS__CLIENT_20_FLAG__SHIFT                                                                   0x14
#define IH_INT_FLAGS__CLIENT_21_FLAG__SHIFT                                                                   0x15
#define IH_INT_FLAGS__CLIENT_22_FLAG__SHIFT                                                                   0x16
#define IH_INT_FLAGS__CLIENT_23_FLAG__SHIFT                                                                   0x17
#define IH_INT_FLAGS__CLIENT_24_FLAG__SHIFT                                                                   0x18
#define IH_INT_FLAGS__CLIENT_25_FLAG__SHIFT                                                                   0x19
#define IH_INT_FLAGS__CLIENT_26_FLAG__SHIFT                                                                   0x1a
#define IH_INT_FLAGS__CLIENT_27_FLAG__SHIFT                                                                   0x1b
#define IH_INT_FLAGS__CLIENT_28_FLAG__SHIFT                                                                   0x1c
#define IH_INT_FLAGS__CLIENT_29_FLAG__SHIFT                                                                   0x1d
#define IH_INT_FLAGS__CLIENT_30_FLAG__SHIFT                                                                   0x1e
#define IH_INT_FLAGS__CLIENT_31_FLAG__SHIFT                                                                   0x1f
#define IH_INT_FLAGS__CLIENT_0_FLAG_MASK                                                                      0x00000001L
#define IH_INT_FLAGS__CLIENT_1_FLAG_MASK                                                                      0x00000002L
#define IH_INT_FLAGS__CLIENT_2_FLAG_MASK                                                                      0x00000004L
#define IH_INT_FLAGS__CLIENT_3_FLAG_MASK                                                                      0x00000008L
#define IH_INT_FLAGS__CLIENT_4_FLAG_MASK                                                                      0x00000010L
#define IH_INT_FLAGS__CLIENT_5_FLAG_MASK                                                                      0x00000020L
#define IH_INT_FLAGS__CLIENT_6_FLAG_MASK                                                                      0x00000040L
#define IH_INT_FLAGS__CLIENT_7_FLAG_MASK                                                                      0x00000080L
#define IH_INT_FLAGS__CLIENT_8_FLAG_MASK                                                                      0x00000100L
#define IH_INT_FLAGS__CLIENT_9_FLAG_MASK                                                                      0x00000200L
#define IH_INT_FLAGS__CLIENT_10_FLAG_MASK                                                                     0x00000400L
#define IH_INT_FLAGS__CLIENT_11_FLAG_MASK                                                                     0x00000800L
#define IH_INT_FLAGS__CLIENT_12_FLAG_MASK                                                                     0x00001000L
#define IH_INT_FLAGS__CLIENT_13_FLAG_MASK                                                                     0x00002000L
#define IH_INT_FLAGS__CLIENT_14_FLAG_MASK                                                                     0x00004000L
#define IH_INT_FLAGS__CLIENT_15_FLAG_MASK                                                                     0x00008000L
#define IH_INT_FLAGS__CLIENT_16_FLAG_MASK                                                                     0x00010000L
#define IH_INT_FLAGS__CLIENT_17_FLAG_MASK                                                                     0x00020000L
#define IH_INT_FLAGS__CLIENT_18_FLAG_MASK                                                                     0x00040000L
#define IH_INT_FLAGS__CLIENT_19_FLAG_MASK                                                                     0x00080000L
#define IH_INT_FLAGS__CLIENT_20_FLAG_MASK                                                                     0x00100000L
#define IH_INT_FLAGS__CLIENT_21_FLAG_MASK                                                                     0x00200000L
#define IH_INT_FLAGS__CLIENT_22_FLAG_MASK                                                                     0x00400000L
#define IH_INT_FLAGS__CLIENT_23_FLAG_MASK                                                                     0x00800000L
#define IH_INT_FLAGS__CLIENT_24_FLAG_MASK                                                                     0x01000000L
#define IH_INT_FLAGS__CLIENT_25_FLAG_MASK                                                                     0x02000000L
#define IH_INT_FLAGS__CLIENT_26_FLAG_MASK                                                                     0x04000000L
#define IH_INT_FLAGS__CLIENT_27_FLAG_MASK                                                                     0x08000000L
#define IH_INT_FLAGS__CLIENT_28_FLAG_MASK                                                                     0x10000000L
#define IH_INT_FLAGS__CLIENT_29_FLAG_MASK                                                                     0x20000000L
#define IH_INT_FLAGS__CLIENT_30_FLAG_MASK                                                                     0x40000000L
#define IH_INT_FLAGS__CLIENT_31_FLAG_MASK                                                                     0x80000000L
//IH_LAST_INT_INFO0
#define IH_LAST_INT_INFO0__CLIENT_ID__SHIFT                                                                   0x0
#define IH_LAST_INT_INFO0__SOURCE_ID__SHIFT                                                                   0x8
#define IH_LAST_INT_INFO0__RING_ID__SHIFT                                                                     0x10
#define IH_LAST_INT_INFO0__VM_ID__SHIFT                                                                       0x18
#define IH_LAST_INT_INFO0__VMID_TYPE__SHIFT                                                                   0x1f
#define IH_LAST_INT_INFO0__CLIENT_ID_MASK                                                                     0x000000FFL
#define IH_LAST_INT_INFO0__SOURCE_ID_MASK                                                                     0x0000FF00L
#define IH_LAST_INT_INFO0__RING_ID_MASK                                                                       0x00FF0000L
#define IH_LAST_INT_INFO0__VM_ID_MASK                                                                         0x0F000000L
#define IH_LAST_INT_INFO0__VMID_TYPE_MASK                                                                     0x80000000L
//IH_LAST_INT_INFO1
#define IH_LAST_INT_INFO1__CONTEXT_ID__SHIFT                                                                  0x0
#define IH_LAST_INT_INFO1__CONTEXT_ID_MASK                                                                    0xFFFFFFFFL
//IH_LAST_INT_INFO2
#define IH_LAST_INT_INFO2__PAS_ID__SHIFT                                                                      0x0
#define IH_LAST_INT_INFO2__VF_ID__SHIFT                                                                       0x10
#define IH_LAST_INT_INFO2__VF__SHIFT                                                                          0x17
#define IH_LAST_INT_INFO2__PAS_ID_MASK                                                                        0x0000FFFFL
#define IH_LAST_INT_INFO2__VF_ID_MASK                                                                         0x000F0000L
#define IH_LAST_INT_INFO2__VF_MASK                                                                            0x00800000L
//IH_SCRATCH
#define IH_SCRATCH__DATA__SHIFT                                                                               0x0
#define IH_SCRATCH__DATA_MASK                                                                                 0xFFFFFFFFL
//IH_CLIENT_CREDIT_ERROR
#define IH_CLIENT_CREDIT_ERROR__CLEAR__SHIFT                                                                  0x0
#define IH_CLIENT_CREDIT_ERROR__CLIENT_1_ERROR__SHIFT                                                         0x1
#define IH_CLIENT_CREDIT_ERROR__CLIENT_2_ERROR__SHIFT                                                         0x2
#define IH_CLIENT_CREDIT_ERROR__CLIENT_3_ERROR__SHIFT                                                         0x3
#define IH_CLIENT_CREDIT_ERROR__CLIENT_4_ERROR__SHIFT                                                         0x4
#define IH_CLIENT_CREDIT_ERROR__CLIENT_5_ERROR__SHIFT                                                         0x5
#define IH_CLIENT_CREDIT_ERROR__CLIENT_6_ERROR__SHIFT                                                         0x6
#define IH_CLIENT_CREDIT_ERROR__CLIENT_7_ERROR__SHIFT                                                         0x7
#define IH_CLIENT_CREDIT_ERROR__CLIENT_8_ERROR__SHIFT                                                         0x8
#define IH_CLIENT_CREDIT_ERROR__CLIENT_9_ERROR__SHIFT                                                         0x9
#define IH_CLIENT_CREDIT_ERROR__CLIENT_10_ERROR__SHIFT                                                        0xa
#define IH_CLIENT_CREDIT_ERROR__CLIENT_11_ERROR__SHIFT                                                        0xb
#define IH_CLIENT_CREDIT_ERROR__CLIENT_12_ERROR__SHIFT                                                        0xc
#define IH_CLIENT_CREDIT_ERROR__CLIENT_13_ERROR__SHIFT                                                        0xd
#define IH_CLIENT_CREDIT_ERROR__CLIENT_14_ERROR__SHIFT                                                        0xe
#define IH_CLIENT_CREDIT_ERROR__CLIENT_15_ERROR__SHIFT                                                        0xf
#define IH_CLIENT_CREDIT_ERROR__CLIENT_16_ERROR__SHIFT                                                        0x10
#define IH_CLIENT_CREDIT_ERROR__CLIENT_17_ERROR__SHIFT                                                        0x11
#define IH_CLIENT_CREDIT_ERROR__CLIENT_18_ERROR__SHIFT                                                        0x12
#define IH_CLIENT_CREDIT_ERROR__CLIENT_19_ERROR__SHIFT                                                        0x13
#define IH_CLIENT_CREDIT_ERROR__CLIENT_20_ERROR__SHIFT                                                        0x14
#define IH_CLIENT_CREDIT_ERROR__CLIENT_21_ERROR__SHIFT                                                        0x15
#define IH_CLIENT_CREDIT_ERROR__CLIENT_22_ERROR__SHIFT                                                        0x16
#define IH_CLIENT_CREDIT_ERROR__CLIENT_23_ERROR__SHIFT                                                        0x17
#define IH_CLIENT_CREDIT_ERROR__CLIENT_24_ERROR__SHIFT                                                        0x18
#define IH_CLIENT_CREDIT_ERROR__CLIENT_25_ERROR__SHIFT                                                        0x19
#define IH_CLIENT_CREDIT_ERROR__CLIENT_26_ERROR__SHIFT                                                        0x1a
#define IH_CLIENT_CREDIT_ERROR__CLIENT_27_ERROR__SHIFT                                                        0x1b
#define IH_CLIENT_CREDIT_ERROR__CLIENT_28_ERROR__SHIFT                                                        0x1c
#define IH_CLIENT_CREDIT_ERROR__CLIENT_29_ERROR__SHIFT                                                        0x1d
#define IH_CLIENT_CREDIT_ERROR__CLIENT_30_ERROR__SHIFT                                                        0x1e
#define IH_CLIENT_CREDIT_ERROR__CLIENT_31_ERROR__SHIFT                                                        0x1f
#define IH_CLIENT_CREDIT_ERROR__CLEAR_MASK                                                                    0x00000001L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_1_ERROR_MASK                                                           0x00000002L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_2_ERROR_MASK                                                           0x00000004L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_3_ERROR_MASK                                                           0x00000008L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_4_ERROR_MASK                                                           0x00000010L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_5_ERROR_MASK                                                           0x00000020L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_6_ERROR_MASK                                                           0x00000040L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_7_ERROR_MASK                                                           0x00000080L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_8_ERROR_MASK                                                           0x00000100L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_9_ERROR_MASK                                                           0x00000200L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_10_ERROR_MASK                                                          0x00000400L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_11_ERROR_MASK                                                          0x00000800L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_12_ERROR_MASK                                                          0x00001000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_13_ERROR_MASK                                                          0x00002000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_14_ERROR_MASK                                                          0x00004000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_15_ERROR_MASK                                                          0x00008000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_16_ERROR_MASK                                                          0x00010000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_17_ERROR_MASK                                                          0x00020000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_18_ERROR_MASK                                                          0x00040000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_19_ERROR_MASK                                                          0x00080000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_20_ERROR_MASK                                                          0x00100000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_21_ERROR_MASK                                                          0x00200000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_22_ERROR_MASK                                                          0x00400000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_23_ERROR_MASK                                                          0x00800000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_24_ERROR_MASK                                                          0x01000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_25_ERROR_MASK                                                          0x02000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_26_ERROR_MASK                                                          0x04000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_27_ERROR_MASK                                                          0x08000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_28_ERROR_MASK                                                          0x10000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_29_ERROR_MASK                                                          0x20000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_30_ERROR_MASK                                                          0x40000000L
#define IH_CLIENT_CREDIT_ERROR__CLIENT_31_ERROR_MASK                                                          0x80000000L
//IH_COOKIE_REC_VIOLATION_LOG
#define IH_COOKIE_REC_VIOLATION_LOG__VIOLATION_STATUS__SHIFT                                                  0x0
#define IH_COOKIE_REC_VIOLATION_LOG__CLIENT_ID__SHIFT                                                         0x8
#define IH_COOKIE_REC_VIOLATION_LOG__INITIATOR_ID__SHIFT                                                      0x10
#define IH_COOKIE_REC_VIOLATION_LOG__VIOLATION_STATUS_MASK                                                    0x00000001L
#define IH_COOKIE_REC_VIOLATION_LOG__CLIENT_ID_MASK                                                           0x0000FF00L
#define IH_COOKIE_REC_VIOLATION_LOG__INITIATOR_ID_MASK                                                        0x03FF0000L
//IH_CREDIT_STATUS
#define IH_CREDIT_STATUS__CLIENT_1_CREDIT_RETURNED__SHIFT                                                     0x1
#define IH_CREDIT_STATUS__CLIENT_2_CREDIT_RETURNED__SHIFT                                                     0x2
#define IH_CREDIT_STATUS__CLIENT_3_CREDIT_RETURNED__SHIFT                                                     0x3
#define IH_CREDIT_STATUS__CLIENT_4_CREDIT_RETURNED__SHIFT                                                     0x4
#define IH_CREDIT_STATUS__CLIENT_5_CREDIT_RETURNED__SHIFT                                                     0x5
#define IH_CREDIT_STATUS__CLIENT_6_CREDIT_RETURNED__SHIFT                                                     0x6
#define IH_CREDIT_STATUS__CLIENT_7_CREDIT_RETURNED__SHIFT                                                     0x7
#define IH_CREDIT_STATUS__CLIENT_8_CREDIT_RETURNED__SHIFT                                                     0x8
#define IH_CREDIT_STATUS__CLIENT_9_CREDIT_RETURNED__SHIFT                                                     0x9
#define IH_CREDIT_STATUS__CLIENT_10_CREDIT_RETURNED__SHIFT                                                    0xa
#define IH_CREDIT_STATUS__CLIENT_11_CREDIT_RETURNED__SHIFT                                                    0xb
#define IH_CREDIT_STATUS__CLIENT_12_CREDIT_RETURNED__SHIFT                                                    0xc
#define IH_CREDIT_STATUS__CLIENT_13_CREDIT_RETURNED__SHIFT                                                    0xd
#define IH_CREDIT_STATUS__CLIENT_14_CREDIT_RETURNED__SHIFT                                                    0xe
#define IH_CREDIT_STATUS__CLIENT_15_CREDIT_RETURNED__SHIFT                                                    0xf
#define IH_CREDIT_STATUS__CLIENT_16_CREDIT_RETURNED__SHIFT                                                    0x10
#define IH_CREDIT_STATUS__CLIENT_17_CREDIT_RETURNED__SHIFT                                                    0x11
#define IH_CREDIT_STATUS__CLIENT_18_CREDIT_RETURNED__SHIFT                                                    0x12
#define IH_CREDIT_STATUS__CLIENT_19_CREDIT_RETURNED__SHIFT                                                    0x13
#define IH_CREDIT_STATUS__CLIENT_20_CREDIT_RETURNED__SHIFT                                                    0x14
#define IH_CREDIT_STATUS__CLIENT_21_CREDIT_RETURNED__SHIFT                                                    0x15
#define IH_CREDIT_STATUS__CLIENT_22_CREDIT_RETURNED__SHIFT                                                    0x16
#define IH_CREDIT_STATUS__CLIENT_23_CREDIT_RETURNED__SHIFT                                                    0x17
#define IH_CREDIT_STATUS__CLIENT_24_CREDIT_RETURNED__SHIFT                                                    0x18
#define IH_CREDIT_STATUS__CLIENT_25_CREDIT_RETURNED__SHIFT                                                    0x19
#define IH_CREDIT_STATUS__CLIENT_26_CREDIT_RETURNED__SHIFT                                                    0x1a
#define IH_CREDIT_STATUS__CLIENT_27_CREDIT_RETURNED__SHIFT                                                    0x1b
#define IH_CREDIT_STATUS__CLIENT_28_CREDIT_RETURNED__SHIFT                                                    0x1c
#define IH_CREDIT_STATUS__CLIENT_29_CREDIT_RETURNED__SHIFT                                                    0x1d
#define IH_CREDIT_STATUS__CLIENT_30_CREDIT_RETURNED__SHIFT                                                    0x1e
#define IH_CREDIT_STATUS__CLIENT_31_CREDIT_RETURNED__SHIFT                                                    0x1f
#define IH_CREDIT_STATUS__CLIENT_1_CREDIT_RETURNED_MASK                                                       0x00000002L
#define IH_CREDIT_STATUS__CLIENT_2_CREDIT_RETURNED_MASK                                                       0x00000004L
#define IH_CREDIT_STATUS__CLIENT_3_CREDIT_RETURNED_MASK                                                       0x00000008L
#define IH_CREDIT_STATUS__CLIENT_4_CREDIT_RETURNED_MASK                                                       0x00000010L
#define IH_CREDIT_STATUS__CLIENT_5_CREDIT_RETURNED_MASK                                                       0x00000020L
#define IH_CREDIT_STATUS__CLIENT_6_CREDIT_RETURNED_MASK                                                       0x00000040L
#define IH_CREDIT_STATUS__CLIENT_7_CREDIT_RETURNED_MASK                                                       0x00000080L
#define IH_CREDIT_STATUS__CLIENT_8_CREDIT_RETURNED_MASK                                                       0x00000100L
#define IH_CREDIT_STATUS__CLIENT_9_CREDIT_RETURNED_MASK                                                       0x00000200L
#define IH_CREDIT_STATUS__CLIENT_10_CREDIT_RETURNED_MASK                                                      0x00000400L
#define IH_CREDIT_STATUS__CLIENT_11_CREDIT_RETURNED_MASK                                                      0x00000800L
#define IH_CREDIT_STATUS__CLIENT_12_CREDIT_RETURNED_MASK                                                      0x00001000L
#define IH_CREDIT_STATUS__CLIENT_13_CREDIT_RETURNED_MASK                                                      0x00002000L
#define IH_CREDIT_STATUS__CLIENT_14_CREDIT_RETURNED_MASK                                                      0x00004000L
#define IH_CREDIT_STATUS__CLIENT_15_CREDIT_RETURNED_MASK                                                      0x00008000L
#define IH_CREDIT_STATUS__CLIENT_16_CREDIT_RETURNED_MASK                                                      0x00010000L
#define IH_CREDIT_STATUS__CLIENT_17_CREDIT_RETURNED_MASK                                                      0x00020000L
#define IH_CREDIT_STATUS__CLIENT_18_CREDIT_RETURNED_MASK                                                      0x00040000L
#define IH_CREDIT_STATUS__CLIENT_19_CREDIT_RETURNED_MASK                                                      0x00080000L
#define IH_CREDIT_STATUS__CLIENT_20_CREDIT_RETURNED_MASK                                                      0x00100000L
#define IH_CREDIT_STATUS__CLIENT_21_CREDIT_RETURNED_MASK                                                      0x00200000L
#define IH_CREDIT_STATUS__CLIENT_22_CREDIT_RETURNED_MASK                                                      0x00400000L
#define IH_CREDIT_STATUS__CLIENT_23_CREDIT_RETURNED_MASK                                                      0x00800000L
#define IH_CREDIT_STATUS__CLIENT_24_CREDIT_RETURNED_MASK                                                      0x01000000L
#define IH_CREDIT_STATUS__CLIENT_25_CREDIT_RETURNED_MASK                                                      0x02000000L
#define IH_CREDIT_STATUS__CLIENT_26_CREDIT_RETURNED_MASK                                                      0x04000000L
#define IH_CREDIT_STATUS__CLIENT_27_CREDIT_RETURNED_MASK                                                      0x08000000L
#define IH_CREDIT_STATUS__CLIENT_28_CREDIT_RETURNED_MASK                                                      0x10000000L
#define IH_CREDIT_STATUS__CLIENT_29_CREDIT_RETURNED_MASK                                                      0x20000000L
#define IH_CREDIT_STATUS__CLIENT_30_CREDIT_RETURNED_MASK                                                      0x40000000L
#define IH_CREDIT_STATUS__CLIENT_31_CREDIT_RETURNED_MASK                                                      0x80000000L
//IH_MMHUB_ERROR
#define IH_MMHUB_ERROR__IH_BRESP_01__SHIFT                                                                    0x1
#define IH_MMHUB_ERROR__IH_BRESP_10__SHIFT                                                                    0x2
#define IH_MMHUB_ERROR__IH_BRESP_11__SHIFT                                                                    0x3
#define IH_MMHUB_ERROR__IH_BUSER_NACK_01__SHIFT                                                               0x5
#define IH_MMHUB_ERROR__IH_BUSER_NACK_10__SHIFT                                                               0x6
#define IH_MMHUB_ERROR__IH_BUSER_NACK_11__SHIFT                                                               0x7
#define IH_MMHUB_ERROR__IH_BRESP_01_MASK                                                                      0x00000002L
#define IH_MMHUB_ERROR__IH_BRESP_10_MASK                                                                      0x00000004L
#define IH_MMHUB_ERROR__IH_BRESP_11_MASK                                                                      0x00000008L
#define IH_MMHUB_ERROR__IH_BUSER_NACK_01_MASK                                                                 0x00000020L
#define IH_MMHUB_ERROR__IH_BUSER_NACK_10_MASK                                                                 0x00000040L
#define IH_MMHUB_ERROR__IH_BUSER_NACK_11_MASK                                                                 0x00000080L
//IH_MEM_POWER_CTRL
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_CTRL_EN__SHIFT                                                 0x0
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_LS_EN__SHIFT                                                   0x1
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_DS_EN__SHIFT                                                   0x2
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_SD_EN__SHIFT                                                   0x3
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_IDLE_HYSTERESIS__SHIFT                                               0x4
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_UP_RECOVER_DELAY__SHIFT                                        0x8
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_DOWN_ENTER_DELAY__SHIFT                                        0xe
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_CTRL_EN__SHIFT                                          0x10
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_LS_EN__SHIFT                                            0x11
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_DS_EN__SHIFT                                            0x12
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_SD_EN__SHIFT                                            0x13
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_IDLE_HYSTERESIS__SHIFT                                        0x14
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_UP_RECOVER_DELAY__SHIFT                                 0x18
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_DOWN_ENTER_DELAY__SHIFT                                 0x1e
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_CTRL_EN_MASK                                                   0x00000001L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_LS_EN_MASK                                                     0x00000002L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_DS_EN_MASK                                                     0x00000004L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_SD_EN_MASK                                                     0x00000008L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_IDLE_HYSTERESIS_MASK                                                 0x00000070L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_UP_RECOVER_DELAY_MASK                                          0x00003F00L
#define IH_MEM_POWER_CTRL__IH_BUFFER_MEM_POWER_DOWN_ENTER_DELAY_MASK                                          0x0000C000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_CTRL_EN_MASK                                            0x00010000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_LS_EN_MASK                                              0x00020000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_DS_EN_MASK                                              0x00040000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_SD_EN_MASK                                              0x00080000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_IDLE_HYSTERESIS_MASK                                          0x00700000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_UP_RECOVER_DELAY_MASK                                   0x3F000000L
#define IH_MEM_POWER_CTRL__IH_RETRY_INT_CAM_MEM_POWER_DOWN_ENTER_DELAY_MASK                                   0xC0000000L
//IH_VF_RB_STATUS3
#define IH_VF_RB_STATUS3__RB_OVERFLOW_VF__SHIFT                                                               0x0
#define IH_VF_RB_STATUS3__RB_OVERFLOW_VF_MASK                                                                 0x0000FFFFL
//IH_VF_RB_STATUS4
#define IH_VF_RB_STATUS4__BIF_INTERRUPT_LINE_VF__SHIFT                                                        0x0
#define IH_VF_RB_STATUS4__BIF_INTERRUPT_LINE_VF_MASK                                                          0x0000FFFFL
//IH_VF_RB1_STATUS3
#define IH_VF_RB1_STATUS3__RB_OVERFLOW_VF__SHIFT                                                              0x0
#define IH_VF_RB1_STATUS3__RB_OVERFLOW_VF_MASK                                                                0x0000FFFFL
//IH_RETRY_INT_CAM_CNTL
#define IH_RETRY_INT_CAM_CNTL__CAM_SIZE__SHIFT                                                                0x0
#define IH_RETRY_INT_CAM_CNTL__BACK_PRESSURE_SKID_VALUE__SHIFT                                                0x8
#define IH_RETRY_INT_CAM_CNTL__ENABLE__SHIFT                                                                  0x10
#define IH_RETRY_INT_CAM_CNTL__MM_BACK_PRESSURE_ENABLE__SHIFT                                                 0x11
#define IH_RETRY_INT_CAM_CNTL__GC_BACK_PRESSURE_ENABLE__SHIFT                                                 0x12
#define IH_RETRY_INT_CAM_CNTL__PER_VF_ENTRY_SIZE__SHIFT                                                       0x14
#define IH_RETRY_INT_CAM_CNTL__CAM_SIZE_MASK                                                                  0x0000001FL
#define IH_RETRY_INT_CAM_CNTL__BACK_PRESSURE_SKID_VALUE_MASK                                                  0x00003F00L
#define IH_RETRY_INT_CAM_CNTL__ENABLE_MASK                                                                    0x00010000L
#define IH_RETRY_INT_CAM_CNTL__MM_BACK_PRESSURE_ENABLE_MASK                                                   0x00020000L
#define IH_RETRY_INT_CAM_CNTL__GC_BACK_PRESSURE_ENABLE_MASK                                                   0x00040000L
#define IH_RETRY_INT_CAM_CNTL__PER_VF_ENTRY_SIZE_MASK                                                         0x00300000L
//IH_MEM_POWER_CTRL2
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_CTRL_EN__SHIFT                                             0x0
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_LS_EN__SHIFT                                               0x1
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_DS_EN__SHIFT                                               0x2
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_SD_EN__SHIFT                                               0x3
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_IDLE_HYSTERESIS__SHIFT                                           0x4
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_UP_RECOVER_DELAY__SHIFT                                    0x8
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_DOWN_ENTER_DELAY__SHIFT                                    0xe
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_CTRL_EN_MASK                                               0x00000001L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_LS_EN_MASK                                                 0x00000002L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_DS_EN_MASK                                                 0x00000004L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_SD_EN_MASK                                                 0x00000008L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_IDLE_HYSTERESIS_MASK                                             0x00000070L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_UP_RECOVER_DELAY_MASK                                      0x00003F00L
#define IH_MEM_POWER_CTRL2__IH_PASID_LUT_MEM_POWER_DOWN_ENTER_DELAY_MASK                                      0x0000C000L
//IH_MSI_STORM_CTRL
#define IH_MSI_STORM_CTRL__DELAY__SHIFT                                                                       0x0
#define IH_MSI_STORM_CTRL__DELAY_MASK                                                                         0x00000FFFL
//IH_MSI_STORM_CLIENT_INDEX
#define IH_MSI_STORM_CLIENT_INDEX__INDEX__SHIFT                                                               0x0
#define IH_MSI_STORM_CLIENT_INDEX__INDEX_MASK                                                                 0x00000007L
//IH_MSI_STORM_CLIENT_DATA
#define IH_MSI_STORM_CLIENT_DATA__CLIENT_ID__SHIFT                                                            0x0
#define IH_MSI_STORM_CLIENT_DATA__SOURCE_ID__SHIFT                                                            0x8
#define IH_MSI_STORM_CLIENT_DATA__SOURCE_ID_MATCH_ENABLE__SHIFT                                               0x10
#define IH_MSI_STORM_CLIENT_DATA__UTCL2_PAGE_FAULT_MATCH_ENABLE__SHIFT                                        0x11
#define IH_MSI_STORM_CLIENT_DATA__ENTRY_VALID__SHIFT                                                          0x1f
#define IH_MSI_STORM_CLIENT_DATA__CLIENT_ID_MASK                                                              0x000000FFL
#define IH_MSI_STORM_CLIENT_DATA__SOURCE_ID_MASK                                                              0x0000FF00L
#define IH_MSI_STORM_CLIENT_DATA__SOURCE_ID_MATCH_ENABLE_MASK                                                 0x00010000L
#define IH_MSI_STORM_CLIENT_DATA__UTCL2_PAGE_FAULT_MATCH_ENABLE_MASK                                          0x00020000L
#define IH_MSI_STORM_CLIENT_DATA__ENTRY_VALID_MASK                                                            0x80000000L
//IH_REGISTER_LAST_PART2
#define IH_REGISTER_LAST_PART2__RESERVED__SHIFT                                                               0x0
#define IH_REGISTER_LAST_PART2__RESERVED_MASK                                                                 0xFFFFFFFFL
//SEM_MAILBOX
#define SEM_MAILBOX__HOSTPORT__SHIFT                                                                          0x0
#define SEM_MAILBOX__RESERVED__SHIFT                                                                          0x10
#define SEM_MAILBOX__HOSTPORT_MASK                                                                            0x0000FFFFL
#define SEM_MAILBOX__RESERVED_MASK                                                                            0xFFFF0000L
//SEM_MAILBOX_CLEAR
#define SEM_MAILBOX_CLEAR__CLEAR__SHIFT                                                                       0x0
#define SEM_MAILBOX_CLEAR__RESERVED__SHIFT                                                                    0x10
#define SEM_MAILBOX_CLEAR__CLEAR_MASK                                                                         0x0000FFFFL
#define SEM_MAILBOX_CLEAR__RESERVED_MASK                                                                      0xFFFF0000L
//SEM_REGISTER_LAST_PART2
#define SEM_REGISTER_LAST_PART2__RESERVED__SHIFT                                                              0x0
#define SEM_REGISTER_LAST_PART2__RESERVED_MASK                                                                0xFFFFFFFFL
//IH_CLIENT_CFG
#define IH_CLIENT_CFG__TOTAL_CLIENT_NUM__SHIFT                                                                0x0
#define IH_CLIENT_CFG__TOTAL_CLIENT_NUM_MASK                                                                  0x0000003FL
//IH_CLIENT_CFG_INDEX
#define IH_CLIENT_CFG_INDEX__INDEX__SHIFT                                                                     0x0
#define IH_CLIENT_CFG_INDEX__INDEX_MASK                                                                       0x0000001FL
//IH_CLIENT_CFG_DATA
#define IH_CLIENT_CFG_DATA__CLIENT_TYPE__SHIFT                                                                0x12
#define IH_CLIENT_CFG_DATA__VF_RB_SELECT__SHIFT                                                               0x16
#define IH_CLIENT_CFG_DATA__INTERFACE_TYPE__SHIFT                                                             0x19
#define IH_CLIENT_CFG_DATA__CLIENT_TYPE_MASK                                                                  0x000C0000L
#define IH_CLIENT_CFG_DATA__VF_RB_SELECT_MASK                                                                 0x00C00000L
#define IH_CLIENT_CFG_DATA__INTERFACE_TYPE_MASK                                                               0x02000000L
//IH_CID_REMAP_INDEX
#define IH_CID_REMAP_INDEX__INDEX__SHIFT                                                                      0x0
#define IH_CID_REMAP_INDEX__INDEX_MASK                                                                        0x00000003L
//IH_CID_REMAP_DATA
#define IH_CID_REMAP_DATA__CLIENT_ID__SHIFT                                                                   0x0
#define IH_CID_REMAP_DATA__INITIATOR_ID__SHIFT                                                                0x8
#define IH_CID_REMAP_DATA__CLIENT_ID_REMAP__SHIFT                                                             0x18
#define IH_CID_REMAP_DATA__CLIENT_ID_MASK                                                                     0x000000FFL
#define IH_CID_REMAP_DATA__INITIATOR_ID_MASK                                                                  0x0003FF00L
#define IH_CID_REMAP_DATA__CLIENT_ID_REMAP_MASK                                                               0xFF000000L
//IH_CHICKEN
#define IH_CHICKEN__CROSS_TRIGGER_ENABLE__SHIFT                                                               0x2
#define IH_CHICKEN__MC_SPACE_FBPA_ENABLE__SHIFT                                                               0x3
#define IH_CHICKEN__MC_SPACE_GPA_ENABLE__SHIFT                                                                0x4
#define IH_CHICKEN__CROSS_TRIGGER_ENABLE_MASK                                                                 0x00000004L
#define IH_CHICKEN__MC_SPACE_FBPA_ENABLE_MASK                                                                 0x00000008L
#define IH_CHICKEN__MC_SPACE_GPA_ENABLE_MASK                                                                  0x00000010L
//IH_INT_DROP_CNTL
#define IH_INT_DROP_CNTL__INT_DROP_EN__SHIFT                                                                  0x0
#define IH_INT_DROP_CNTL__CLIENT_ID_MATCH_EN__SHIFT                                                           0x1
#define IH_INT_DROP_CNTL__SOURCE_ID_MATCH_EN__SHIFT                                                           0x2
#define IH_INT_DROP_CNTL__VF_ID_MATCH_EN__SHIFT                                                               0x3
#define IH_INT_DROP_CNTL__VF_MATCH_EN__SHIFT                                                                  0x4
#define IH_INT_DROP_CNTL__CONTEXT_ID_MATCH_EN__SHIFT                                                          0x5
#define IH_INT_DROP_CNTL__INT_DROP_MODE__SHIFT                                                                0x6
#define IH_INT_DROP_CNTL__UTCL2_RETRY_INT_DROP_EN__SHIFT                                                      0x8
#define IH_INT_DROP_CNTL__INT_DROPPED__SHIFT                                                                  0x10
#define IH_INT_DROP_CNTL__INT_DROP_EN_MASK                                                                    0x00000001L
#define IH_INT_DROP_CNTL__CLIENT_ID_MATCH_EN_MASK                                                             0x00000002L
#define IH_INT_DROP_CNTL__SOURCE_ID_MATCH_EN_MASK                                                             0x00000004L
#define IH_INT_DROP_CNTL__VF_ID_MATCH_EN_MASK                                                                 0x00000008L
#define IH_INT_DROP_CNTL__VF_MATCH_EN_MASK                                                                    0x00000010L
#define IH_INT_DROP_CNTL__CONTEXT_ID_MATCH_EN_MASK                                                            0x00000020L
#define IH_INT_DROP_CNTL__INT_DROP_MODE_MASK                                                                  0x000000C0L
#define IH_INT_DROP_CNTL__UTCL2_RETRY_INT_DROP_EN_MASK                                                        0x00000100L
#define IH_INT_DROP_CNTL__INT_DROPPED_MASK                                                                    0x00010000L
//IH_INT_DROP_MATCH_VALUE0
#define IH_INT_DROP_MATCH_VALUE0__CLIENT_ID_MATCH_VALUE__SHIFT                                                0x0
#define IH_INT_DROP_MATCH_VALUE0__SOURCE_ID_MATCH_VALUE__SHIFT                                                0x8
#define IH_INT_DROP_MATCH_VALUE0__VF_ID_MATCH_VALUE__SHIFT                                                    0x10
#define IH_INT_DROP_MATCH_VALUE0__VF_MATCH_VALUE__SHIFT                                                       0x17
#define IH_INT_DROP_MATCH_VALUE0__CONTEXT_ID_39_32_MATCH_VALUE__SHIFT                                         0x18
#define IH_INT_DROP_MATCH_VALUE0__CLIENT_ID_MATCH_VALUE_MASK                                                  0x000000FFL
#define IH_INT_DROP_MATCH_VALUE0__SOURCE_ID_MATCH_VALUE_MASK                                                  0x0000FF00L
#define IH_INT_DROP_MATCH_VALUE0__VF_ID_MATCH_VALUE_MASK                                                      0x001F0000L
#define IH_INT_DROP_MATCH_VALUE0__VF_MATCH_VALUE_MASK                                                         0x00800000L
#define IH_INT_DROP_MATCH_VALUE0__CONTEXT_ID_39_32_MATCH_VALUE_MASK                                           0xFF000000L
//IH_INT_DROP_MATCH_VALUE1
#define IH_INT_DROP_MATCH_VALUE1__CONTEXT_ID_31_0_MATCH_VALUE__SHIFT                                          0x0
#define IH_INT_DROP_MATCH_VALUE1__CONTEXT_ID_31_0_MATCH_VALUE_MASK                                            0xFFFFFFFFL
//IH_INT_DROP_MATCH_MASK0
#define IH_INT_DROP_MATCH_MASK0__CLIENT_ID_MATCH_MASK__SHIFT                                                  0x0
#define IH_INT_DROP_MATCH_MASK0__SOURCE_ID_MATCH_MASK__SHIFT                                                  0x8
#define IH_INT_DROP_MATCH_MASK0__VF_ID_MATCH_MASK__SHIFT                                                      0x10
#define IH_INT_DROP_MATCH_MASK0__VF_MATCH_MASK__SHIFT                                                         0x17
#define IH_INT_DROP_MATCH_MASK0__CONTEXT_ID_39_32_MATCH_MASK__SHIFT                                           0x18
#define IH_INT_DROP_MATCH_MASK0__CLIENT_ID_MATCH_MASK_MASK                                                    0x000000FFL
#define IH_INT_DROP_MATCH_MASK0__SOURCE_ID_MATCH_MASK_MASK                                                    0x0000FF00L
#define IH_INT_DROP_MATCH_MASK0__VF_ID_MATCH_MASK_MASK                                                        0x001F0000L
#define IH_INT_DROP_MATCH_MASK0__VF_MATCH_MASK_MASK                                                           0x00800000L
#define IH_INT_DROP_MATCH_MASK0__CONTEXT_ID_39_32_MATCH_MASK_MASK                                             0xFF000000L
//IH_INT_DROP_MATCH_MASK1
#define IH_INT_DROP_MATCH_MASK1__CONTEXT_ID_31_0_MATCH_MASK__SHIFT                                            0x0
#define IH_INT_DROP_MATCH_MASK1__CONTEXT_ID_31_0_MATCH_MASK_MASK                                              0xFFFFFFFFL
//IH_REGISTER_LAST_PART1
#define IH_REGISTER_LAST_PART1__RESERVED__SHIFT                                                               0x0
#define IH_REGISTER_LAST_PART1__RESERVED_MASK                                                                 0xFFFFFFFFL

#endif
