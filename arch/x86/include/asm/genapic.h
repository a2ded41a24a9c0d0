#include <asm/apic.h>
