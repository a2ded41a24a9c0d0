// SPDX-License-Identifier: GPL-2.0-only
/*
 * Trace points for core RDMA functions.
 *
 * Author: Chuck Lever <chuck.lever@oracle.com>
 *
 * Copyright (c) 2019, Oracle and/or its affiliates. All rights reserved.
 */

#define CREATE_TRACE_POINTS

#include <trace/events/rdma_core.h>
