#include <LINUX_SOURCE/linux/kconfig.h>
