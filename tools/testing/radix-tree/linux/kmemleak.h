static inline void kmemleak_update_trace(const void *ptr) { }
