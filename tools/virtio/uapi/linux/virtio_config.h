#include "../../../../include/uapi/linux/virtio_config.h"
