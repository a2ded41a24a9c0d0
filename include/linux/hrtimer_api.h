#include <linux/hrtimer.h>
