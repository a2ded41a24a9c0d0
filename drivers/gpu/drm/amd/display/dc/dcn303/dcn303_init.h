// SPDX-License-Identifier: MIT
/*
 * Copyright (C) 2021 Advanced Micro Devices, Inc.
 *
 * Authors: AMD
 */

#ifndef __DC_DCN303_INIT_H__
#define __DC_DCN303_INIT_H__

struct dc;

void dcn303_hw_sequencer_construct(struct dc *dc);

#endif /* __DC_DCN303_INIT_H__ */
