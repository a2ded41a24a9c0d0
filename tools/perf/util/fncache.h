#ifndef _FCACHE_H
#define _FCACHE_H 1

unsigned shash(const unsigned char *s);
bool file_available(const char *name);

#endif
