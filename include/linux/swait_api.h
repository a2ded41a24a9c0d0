#include <linux/swait.h>
