#include <linux/rseq.h>
