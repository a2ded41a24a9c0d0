#include <linux/perf_event.h>
