#include "trace/beauty/generated/arch_errno_name_array.c"
