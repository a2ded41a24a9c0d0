#include <linux/posix-timers.h>
