#define CREATE_TRACE_POINTS
#include "amd-pstate-trace.h"
