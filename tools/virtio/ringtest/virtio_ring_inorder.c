#define INORDER 1
#include "virtio_ring_0_9.c"
