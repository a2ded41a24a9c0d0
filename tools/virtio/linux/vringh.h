#include <limits.h>
#include "../../../include/linux/vringh.h"
