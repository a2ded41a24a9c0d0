/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BPF_JIT_H
#define _BPF_JIT_H

#ifndef __ASSEMBLER__
#define G0		0x00
#define G1		0x01
#define G2		0x02
#define G3		0x03
#define G6		0x06
#define G7		0x07
#define O0		0x08
#define O1		0x09
#define O2		0x0a
#define O3		0x0b
#define O4		0x0c
#define O5		0x0d
#define SP		0x0e
#define O7		0x0f
#define L0		0x10
#define L1		0x11
#define L2		0x12
#define L3		0x13
#define L4		0x14
#define L5		0x15
#define L6		0x16
#define L7		0x17
#define I0		0x18
#define I1		0x19
#define I2		0x1a
#define I3		0x1b
#define I4		0x1c
#define I5		0x1d
#define FP		0x1e
#define I7		0x1f
#endif

#endif /* _BPF_JIT_H */
