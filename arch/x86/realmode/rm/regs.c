#include "../../boot/regs.c"
