#define check_copy_size(A, B, C) (1)
