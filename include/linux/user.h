#include <asm/user.h>
