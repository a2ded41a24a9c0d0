/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copyright 2021 Collabora ltd.
 */

#ifndef PANFROST_DUMP_H
#define PANFROST_DUMP_H

struct panfrost_job;
void panfrost_core_dump(struct panfrost_job *job);

#endif
