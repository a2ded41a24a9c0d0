#include <uapi/asm/reg.h>
