#include <linux/refcount.h>
