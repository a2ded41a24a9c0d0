#include "locking-selftest-wlock.h"
#include "locking-selftest-softirq.h"
