#ifndef XEN_XEN_STUB_H
#define XEN_XEN_STUB_H

#define xen_domain() 0

#endif
