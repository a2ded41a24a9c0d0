#define CREATE_TRACE_POINTS
#include "trace.h"
