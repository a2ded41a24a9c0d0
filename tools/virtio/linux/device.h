#ifndef LINUX_DEVICE_H
#endif
