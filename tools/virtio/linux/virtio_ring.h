#include "../../../include/linux/virtio_ring.h"
