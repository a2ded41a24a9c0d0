// SPDX-License-Identifier: GPL-2.0
/*
 * pvsites - count the paravirt call sites of an x86_64 vmlinux
 *
 * Reads .parainstructions, .parainstructions.runtime (when the kernel has
 * CONFIG_PARAVIRT_RUNTIME) and .altinstructions of a linked vmlinux and
 * prints, for each of the five pv_ops.lock ops, how many call sites the
 * kernel has, how many of them are recorded in the runtime table, how many
 * are in init text and how many are also the original instruction of an
 * ALTERNATIVE, together with the size of the sections involved.
 *
 * Every site is decoded rather than trusted: it must be the indirect call
 * "call *pv_ops+8*type(%rip)" that _paravirt_alt() emits, and the five lock
 * op slots are identified by the native functions vmlinux initialises them
 * with.  Anything else is an error, so a change in the layout this tool
 * knows about makes it fail instead of printing wrong figures.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/elf.h>

/* struct paravirt_patch_site in arch/x86/include/asm/paravirt_types.h */
struct pv_site {
	uint64_t instr;
	uint8_t type;
	uint8_t len;
	uint8_t pad[6];
};

/*
 * struct alt_instr in arch/x86/include/asm/alternative.h; it is __packed
 * there, but its natural layout has no holes either.
 */
struct alt_site {
	int32_t instr_offset;
	int32_t repl_offset;
	uint16_t cpuid;
	uint8_t instrlen;
	uint8_t replacementlen;
};

static_assert(sizeof(struct alt_site) == 12, "struct alt_instr is 12 bytes");
static_assert(sizeof(struct pv_site) == 16, "paravirt_patch_site is 16 bytes");

#define NR_LOCK_OPS 5

/* struct paravirt_runtime_site in arch/x86/include/asm/paravirt_types.h */
#define RT_SITE_SIZE 6

/* struct pv_lock_ops, in order, with the function vmlinux sets each to. */
static const struct {
	const char *op;
	const char *native;
} lock_ops[NR_LOCK_OPS] = {
	{ "queued_spin_lock_slowpath", "native_queued_spin_lock_slowpath" },
	{ "queued_spin_unlock", "__raw_callee_save___native_queued_spin_unlock" },
	{ "wait", "_paravirt_nop" },
	{ "kick", "_paravirt_nop" },
	{ "vcpu_is_preempted", "__raw_callee_save___native_vcpu_is_preempted" },
};

static const char *prog = "pvsites";
static const char *path;
static const uint8_t *image;
static const struct elf64_hdr *ehdr;
static const struct elf64_shdr *shdrs;
static const char *shstrtab;

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: %s: ", prog, path);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static const struct elf64_shdr *section(const char *name)
{
	int i;

	for (i = 0; i < ehdr->e_shnum; i++)
		if (!strcmp(shstrtab + shdrs[i].sh_name, name))
			return &shdrs[i];
	return NULL;
}

/* The allocated, file-backed section holding [addr, addr + len). */
static const struct elf64_shdr *section_at(uint64_t addr, uint64_t len)
{
	int i;

	for (i = 0; i < ehdr->e_shnum; i++) {
		const struct elf64_shdr *s = &shdrs[i];

		if (!(s->sh_flags & SHF_ALLOC) || s->sh_type == SHT_NOBITS)
			continue;
		if (addr >= s->sh_addr && addr + len <= s->sh_addr + s->sh_size)
			return s;
	}
	return NULL;
}

static const uint8_t *bytes_at(uint64_t addr, uint64_t len)
{
	const struct elf64_shdr *s = section_at(addr, len);

	if (!s)
		return NULL;
	return image + s->sh_offset + (addr - s->sh_addr);
}

static const struct elf64_sym *symtab;
static size_t nsyms;
static const char *strtab;

static const struct elf64_sym *symbol(const char *name)
{
	size_t i;

	for (i = 0; i < nsyms; i++)
		if (!strcmp(strtab + symtab[i].st_name, name))
			return &symtab[i];
	return NULL;
}

static int symbol_is(uint64_t addr, const char *name)
{
	const struct elf64_sym *sym = symbol(name);

	return sym && sym->st_value == addr;
}

static void load(void)
{
	const struct elf64_shdr *s;
	struct stat st;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st))
		die("%s", strerror(errno));
	image = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (image == MAP_FAILED)
		die("%s", strerror(errno));
	close(fd);

	ehdr = (const struct elf64_hdr *)image;
	if ((size_t)st.st_size < sizeof(*ehdr) ||
	    memcmp(ehdr->e_ident, ELFMAG, SELFMAG) ||
	    ehdr->e_ident[EI_CLASS] != ELFCLASS64 ||
	    ehdr->e_machine != EM_X86_64 || ehdr->e_type != ET_EXEC)
		die("%s", "not an x86_64 vmlinux");
	shdrs = (const struct elf64_shdr *)(image + ehdr->e_shoff);
	shstrtab = (const char *)image + shdrs[ehdr->e_shstrndx].sh_offset;

	s = section(".symtab");
	if (!s)
		die("%s", "no symbol table");
	symtab = (const struct elf64_sym *)(image + s->sh_offset);
	nsyms = s->sh_size / sizeof(*symtab);
	strtab = (const char *)image + shdrs[s->sh_link].sh_offset;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static const struct elf64_sym *pv_ops;
static uint64_t lock_base;

/* Per lock op: sites, sites in the runtime table, in init text, in ALTERNATIVEs */
static unsigned long sites[NR_LOCK_OPS], runtime[NR_LOCK_OPS];
static unsigned long init[NR_LOCK_OPS], alt[NR_LOCK_OPS];
static unsigned long other, nlock;
/* Lock-op site addresses, shifted left by 3, with their op in the low bits */
static uint64_t *lock_addr;

static void add_site(uint64_t instr, unsigned int type, unsigned int len,
		     int in_runtime)
{
	const uint8_t *insn = bytes_at(instr, 6);
	const struct elf64_shdr *s;
	uint64_t target;
	int32_t disp;
	unsigned int op;

	if (!insn || len < 6 || insn[0] != 0xff || insn[1] != 0x15)
		die("%s", "a paravirt site is not call *pv_ops+off(%rip)");
	memcpy(&disp, insn + 2, 4);
	target = instr + 6 + (int64_t)disp;
	if (target != pv_ops->st_value + 8ULL * type)
		die("%s", "a site does not call through its own pv_ops slot");
	if (type < lock_base) {
		if (in_runtime)
			die("%s", "a site in the runtime table is not a lock op");
		other++;
		return;
	}
	op = type - lock_base;
	sites[op]++;
	runtime[op] += in_runtime;
	s = section_at(instr, 1);
	if (!strncmp(shstrtab + s->sh_name, ".init", 5))
		init[op]++;
	lock_addr[nlock++] = instr << 3 | op;
}

static void count_alternatives(void)
{
	const struct elf64_shdr *alts = section(".altinstructions");
	unsigned long i, nalt = alts ? alts->sh_size / sizeof(struct alt_site) : 0;

	qsort(lock_addr, nlock, sizeof(*lock_addr), cmp_u64);
	for (i = 0; i < nalt; i++) {
		uint64_t where = alts->sh_addr + i * sizeof(struct alt_site);
		const struct alt_site *a = (const void *)(image + alts->sh_offset +
							  i * sizeof(*a));
		uint64_t key = (where + a->instr_offset) << 3;
		unsigned long lo = 0, hi = nlock;

		while (lo < hi) {
			unsigned long mid = (lo + hi) / 2;

			if ((lock_addr[mid] & ~7ULL) < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < nlock && (lock_addr[lo] & ~7ULL) == key)
			alt[lock_addr[lo] & 7]++;
	}
}

static void print_section(const char *name, unsigned long entry_size)
{
	const struct elf64_shdr *s = section(name);

	if (!s) {
		printf("%-28s %10s\n", name, "absent");
		return;
	}
	printf("%-28s %10lu", name, (unsigned long)s->sh_size);
	if (entry_size)
		printf(" %8lu %8lu", (unsigned long)s->sh_size / entry_size,
		       entry_size);
	printf("\n");
}

int main(int argc, char **argv)
{
	const struct elf64_shdr *para, *rt;
	unsigned long i, npara, nrt;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VMLINUX\n", prog);
		return 2;
	}
	path = argv[1];
	load();

	pv_ops = symbol("pv_ops");
	para = section(".parainstructions");
	if (!pv_ops || !para)
		die("%s", "not a CONFIG_PARAVIRT kernel (no pv_ops or .parainstructions)");
	if (para->sh_size % sizeof(struct pv_site))
		die("%s", ".parainstructions is not an array of paravirt_patch_site");
	rt = section(".parainstructions.runtime");
	if (rt && rt->sh_size % RT_SITE_SIZE)
		die("%s", ".parainstructions.runtime is not an array of paravirt_runtime_site");

	/* The lock ops are the last member of struct paravirt_patch_template. */
	if (pv_ops->st_size < NR_LOCK_OPS * 8)
		die("%s", "pv_ops is too small");
	lock_base = pv_ops->st_size / 8 - NR_LOCK_OPS;
	for (i = 0; i < NR_LOCK_OPS; i++) {
		const uint8_t *slot = bytes_at(pv_ops->st_value + 8 * (lock_base + i), 8);
		uint64_t fn;

		if (!slot)
			die("%s", "pv_ops has no initial contents");
		memcpy(&fn, slot, 8);
		if (!symbol_is(fn, lock_ops[i].native))
			die("pv_ops.lock.%s does not start as the native op",
			    lock_ops[i].op);
	}

	npara = para->sh_size / sizeof(struct pv_site);
	nrt = rt ? rt->sh_size / RT_SITE_SIZE : 0;
	lock_addr = calloc(npara + nrt + 1, sizeof(*lock_addr));
	if (!lock_addr)
		die("%s", "out of memory");

	for (i = 0; i < npara; i++) {
		const struct pv_site *ps = (const struct pv_site *)(image + para->sh_offset) + i;

		add_site(ps->instr, ps->type, ps->len, 0);
	}
	/* struct paravirt_runtime_site: s32 offset to the site, u8 type, u8 len */
	for (i = 0; i < nrt; i++) {
		const uint8_t *e = image + rt->sh_offset + i * RT_SITE_SIZE;
		int32_t off;

		memcpy(&off, e, 4);
		add_site(rt->sh_addr + i * RT_SITE_SIZE + off, e[4], e[5], 1);
	}
	count_alternatives();

	printf("%-28s %10s %8s %8s\n", "section", "bytes", "entries", "each");
	print_section(".parainstructions", sizeof(struct pv_site));
	print_section(".parainstructions.runtime", RT_SITE_SIZE);
	print_section(".altinstructions", sizeof(struct alt_site));
	print_section(".altinstr_replacement", 0);

	printf("\n%-28s %8s %8s %8s %12s\n", "pv_ops.lock op", "sites",
	       "runtime", "in init", "ALTERNATIVE");
	for (i = 0; i < NR_LOCK_OPS; i++)
		printf("%-28s %8lu %8lu %8lu %12lu\n", lock_ops[i].op, sites[i],
		       runtime[i], init[i], alt[i]);
	printf("%-28s %8lu\n", "all lock ops", nlock);
	printf("%-28s %8lu\n", "other pv_ops", other);
	return 0;
}
