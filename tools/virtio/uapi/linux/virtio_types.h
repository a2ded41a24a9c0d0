#include "../../include/uapi/linux/virtio_types.h"
