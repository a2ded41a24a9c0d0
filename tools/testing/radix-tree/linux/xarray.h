#include "generated/map-shift.h"
#include "../../../../include/linux/xarray.h"
