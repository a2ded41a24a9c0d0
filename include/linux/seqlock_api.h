#include <linux/seqlock.h>
