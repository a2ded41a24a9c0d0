#define COMPILE_OFFSETS

#include <sysdep/kernel-offsets.h>
