#include "../../../../include/linux/kconfig.h"
