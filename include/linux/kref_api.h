#include <linux/kref.h>
