#include <linux/cgroup.h>
