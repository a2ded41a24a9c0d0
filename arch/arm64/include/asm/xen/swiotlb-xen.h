#include <xen/arm/swiotlb-xen.h>
