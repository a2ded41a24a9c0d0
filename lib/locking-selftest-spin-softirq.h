#include "locking-selftest-spin.h"
#include "locking-selftest-softirq.h"
