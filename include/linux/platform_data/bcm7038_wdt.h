#ifndef __BCM7038_WDT_PDATA_H
#define __BCM7038_WDT_PDATA_H

struct bcm7038_wdt_platform_data {
	const char *clk_name;
};

#endif /* __BCM7038_WDT_PDATA_H */
