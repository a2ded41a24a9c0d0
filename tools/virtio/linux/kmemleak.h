static inline void kmemleak_ignore(const void *ptr)
{
}
