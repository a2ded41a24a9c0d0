/* dummy .h to trick /usr/include/features.h to work with 'clang -target bpf' */
