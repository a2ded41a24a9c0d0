// SPDX-License-Identifier: GPL-2.0-only
/*
 * Trace points for the IB Connection Manager.
 *
 * Author: Chuck Lever <chuck.lever@oracle.com>
 *
 * Copyright (c) 2020, Oracle and/or its affiliates.
 */

#include <rdma/rdma_cm.h>
#include "cma_priv.h"

#define CREATE_TRACE_POINTS

#include "cm_trace.h"
