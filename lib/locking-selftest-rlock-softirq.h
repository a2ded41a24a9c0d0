#include "locking-selftest-rlock.h"
#include "locking-selftest-softirq.h"
