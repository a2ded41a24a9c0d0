#include <linux/hashtable.h>
