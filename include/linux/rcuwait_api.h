#include <linux/rcuwait.h>
