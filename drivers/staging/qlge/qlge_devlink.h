/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef QLGE_DEVLINK_H
#define QLGE_DEVLINK_H

#include <net/devlink.h>

long qlge_health_create_reporters(struct qlge_adapter *priv);

#endif /* QLGE_DEVLINK_H */
