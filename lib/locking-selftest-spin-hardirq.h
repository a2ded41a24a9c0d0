#include "locking-selftest-spin.h"
#include "locking-selftest-hardirq.h"
