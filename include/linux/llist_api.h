#include <linux/llist.h>
