#include <soc/fsl/cpm.h>
