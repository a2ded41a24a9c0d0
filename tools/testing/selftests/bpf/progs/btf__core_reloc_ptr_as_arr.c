#include "core_reloc_types.h"

void f(struct core_reloc_ptr_as_arr x) {}
