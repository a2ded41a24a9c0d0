#ifndef __NVIF_IF000D_H__
#define __NVIF_IF000D_H__
#include "if000c.h"

struct nv04_vmm_vn {
	/* nvif_vmm_vX ... */
};

struct nv04_vmm_map_vn {
	/* nvif_vmm_map_vX ... */
};
#endif
