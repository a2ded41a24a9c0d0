#include <linux/gfp.h>
