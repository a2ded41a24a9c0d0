#include <linux/thread_info.h>
