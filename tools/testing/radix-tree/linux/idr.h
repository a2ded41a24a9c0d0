#include "../../../../include/linux/idr.h"
