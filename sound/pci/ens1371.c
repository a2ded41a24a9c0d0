#define CHIP1371
#include "ens1370.c"
