#include <bpf/bpf.h>

license(GPL);
