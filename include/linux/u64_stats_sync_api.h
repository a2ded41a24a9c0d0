#include <linux/u64_stats_sync.h>
