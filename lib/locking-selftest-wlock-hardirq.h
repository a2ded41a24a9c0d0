#include "locking-selftest-wlock.h"
#include "locking-selftest-hardirq.h"
