#include <linux/kobject.h>
