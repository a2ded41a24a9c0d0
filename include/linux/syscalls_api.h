#include <linux/syscalls.h>
