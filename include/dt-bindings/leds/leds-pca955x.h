/*
 * This header provides constants for pca955x LED bindings.
 *
 * This file is licensed under the terms of the GNU General Public
 * License version 2.  This program is licensed "as is" without any
 * warranty of any kind, whether express or implied.
 */

#ifndef _DT_BINDINGS_LEDS_PCA955X_H
#define _DT_BINDINGS_LEDS_PCA955X_H

#define PCA955X_TYPE_NONE         0
#define PCA955X_TYPE_LED          1
#define PCA955X_TYPE_GPIO         2

#endif /* _DT_BINDINGS_LEDS_PCA955X_H */
