#include <linux/pgtable.h>
