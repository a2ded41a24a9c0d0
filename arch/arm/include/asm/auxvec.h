#include <uapi/asm/auxvec.h>
