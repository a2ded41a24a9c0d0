#ifndef __NVIF_IF000B_H__
#define __NVIF_IF000B_H__
#include "if000a.h"

struct nv04_mem_vn {
	/* nvkm_mem_vX ... */
};

struct nv04_mem_map_vn {
};
#endif
