/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __PERF_DEMANGLE_OCAML
#define __PERF_DEMANGLE_OCAML 1

char * ocaml_demangle_sym(const char *str);

#endif /* __PERF_DEMANGLE_OCAML */
