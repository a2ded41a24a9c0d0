#include <linux/kernel.h>

#include "../../../include/linux/uio.h"
