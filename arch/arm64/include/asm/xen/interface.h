#include <xen/arm/interface.h>
