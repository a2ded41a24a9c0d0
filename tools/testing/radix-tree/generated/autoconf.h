#include "bit-length.h"
#define CONFIG_XARRAY_MULTI 1
