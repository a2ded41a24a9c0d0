/*
 * Copyright (c) 2013 Eugene Krasnikov <k.eugene.e@gmail.com>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY
 * SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION
 * OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN
 * CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

#ifndef _WCN36XX_DEBUG_H_
#define _WCN36XX_DEBUG_H_

#include <linux/kernel.h>

#define WCN36xx_MAX_DUMP_ARGS	5

#ifdef CONFIG_WCN36XX_DEBUGFS
struct wcn36xx_dfs_file {
	struct dentry *dentry;
	u32 value;
};

struct wcn36xx_dfs_entry {
	struct dentry *rootdir;
	struct wcn36xx_dfs_file file_bmps_switcher;
	struct wcn36xx_dfs_file file_dump;
	struct wcn36xx_dfs_file file_firmware_feat_caps;
};

void wcn36xx_debugfs_init(struct wcn36xx *wcn);
void wcn36xx_debugfs_exit(struct wcn36xx *wcn);

#else
static inline void wcn36xx_debugfs_init(struct wcn36xx *wcn)
{
}
static inline void wcn36xx_debugfs_exit(struct wcn36xx *wcn)
{
}

#endif /* CONFIG_WCN36XX_DEBUGFS */

#endif	/* _WCN36XX_DEBUG_H_ */
