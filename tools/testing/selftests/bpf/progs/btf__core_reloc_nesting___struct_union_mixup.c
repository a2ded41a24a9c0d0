#include "core_reloc_types.h"

void f(struct core_reloc_nesting___struct_union_mixup x) {}
