#include <linux/lockdep.h>
