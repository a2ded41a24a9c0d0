#include "../../../include/linux/irqreturn.h"
