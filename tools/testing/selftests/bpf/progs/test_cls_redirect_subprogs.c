#define SUBPROGS
#include "test_cls_redirect.c"
