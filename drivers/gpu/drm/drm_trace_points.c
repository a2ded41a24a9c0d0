
#include <drm/drm_file.h>

#define CREATE_TRACE_POINTS
#include "drm_trace.h"
