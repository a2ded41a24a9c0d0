/*
 * We can move linux/soc/ti/omap1-soc.h here once the drivers are fixed
 */
#include "hardware.h"
#include "irqs.h"
#include <asm/irq.h>
