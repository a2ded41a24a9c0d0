#include "../../../../lib/rbtree.c"
