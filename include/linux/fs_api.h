#include <linux/fs.h>
