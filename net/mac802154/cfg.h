/* SPDX-License-Identifier: GPL-2.0 */
/* mac802154 configuration hooks for cfg802154
 */

#ifndef __CFG_H
#define __CFG_H

extern const struct cfg802154_ops mac802154_config_ops;

#endif /* __CFG_H */
