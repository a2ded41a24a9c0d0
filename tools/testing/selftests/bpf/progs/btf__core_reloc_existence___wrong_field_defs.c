#include "core_reloc_types.h"

void f(struct core_reloc_existence___wrong_field_defs x) {}
