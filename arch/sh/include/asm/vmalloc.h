#ifndef _ASM_SH_VMALLOC_H
#define _ASM_SH_VMALLOC_H

#endif /* _ASM_SH_VMALLOC_H */
