/* SPDX-License-Identifier: MIT */
#ifndef _cl176e_h_
#define _cl176e_h_

#define NV176E_SET_OBJECT                                          (0x00000000)
#define NV176E_SET_CONTEXT_DMA_SEMAPHORE                           (0x00000060)
#define NV176E_SEMAPHORE_OFFSET                                    (0x00000064)
#define NV176E_SEMAPHORE_ACQUIRE                                   (0x00000068)
#define NV176E_SEMAPHORE_RELEASE                                   (0x0000006c)
#endif
