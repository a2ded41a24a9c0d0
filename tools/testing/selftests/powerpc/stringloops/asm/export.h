#define EXPORT_SYMBOL(x)
