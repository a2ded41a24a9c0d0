/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CAAM control-plane driver backend public-level include definitions
 *
 * Copyright 2012 Freescale Semiconductor, Inc.
 */

#ifndef CTRL_H
#define CTRL_H

/* Prototypes for backend-level services exposed to APIs */
extern bool caam_dpaa2;

#endif /* CTRL_H */
