#include "locking-selftest-rlock.h"
#include "locking-selftest-hardirq.h"
