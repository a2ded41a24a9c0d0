// SPDX-License-Identifier: GPL-2.0
/*
 * pvsites - count the paravirt call sites of an x86_64 vmlinux
 *
 * Reads .parainstructions and .altinstructions of a linked vmlinux and
 * prints, for each of the five pv_ops.lock ops, how many call sites the
 * kernel has, how many of them are in init text and how many are also the
 * original instruction of an ALTERNATIVE, together with the size of the
 * sections involved.
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

static uint64_t section_size(const char *name)
{
	const struct elf64_shdr *s = section(name);

	return s ? s->sh_size : 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	unsigned long sites[NR_LOCK_OPS] = {}, init[NR_LOCK_OPS] = {};
	unsigned long alt[NR_LOCK_OPS] = {};
	unsigned long other = 0, nlock = 0, nalt, i, j;
	const struct elf64_shdr *para, *alts;
	const struct pv_site *ps;
	const struct elf64_sym *pv_ops;
	uint64_t lock_base, *lock_addr;
	uint8_t *lock_op;
	unsigned long npara;

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
	if (para->sh_size % sizeof(*ps))
		die("%s", ".parainstructions is not an array of paravirt_patch_site");

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

	ps = (const struct pv_site *)(image + para->sh_offset);
	npara = para->sh_size / sizeof(*ps);
	lock_addr = calloc(npara + 1, sizeof(*lock_addr));
	lock_op = calloc(npara + 1, 1);
	if (!lock_addr || !lock_op)
		die("%s", "out of memory");

	for (i = 0; i < npara; i++) {
		const uint8_t *insn = bytes_at(ps[i].instr, 6);
		const struct elf64_shdr *s;
		uint64_t target;
		int32_t disp;

		if (!insn || ps[i].len < 6 || insn[0] != 0xff || insn[1] != 0x15)
			die("%s", "a .parainstructions site is not call *pv_ops+off(%rip)");
		memcpy(&disp, insn + 2, 4);
		target = ps[i].instr + 6 + (int64_t)disp;
		if (target != pv_ops->st_value + 8ULL * ps[i].type)
			die("%s", "a site does not call through its own pv_ops slot");
		if (ps[i].type < lock_base) {
			other++;
			continue;
		}
		j = ps[i].type - lock_base;
		sites[j]++;
		s = section_at(ps[i].instr, 1);
		if (!strncmp(shstrtab + s->sh_name, ".init", 5))
			init[j]++;
		lock_addr[nlock] = ps[i].instr;
		lock_op[nlock++] = j;
	}

	/* Sort lock sites by address, keeping their op alongside. */
	for (i = 0; i < nlock; i++)
		lock_addr[i] = lock_addr[i] << 3 | lock_op[i];
	qsort(lock_addr, nlock, sizeof(*lock_addr), cmp_u64);

	alts = section(".altinstructions");
	nalt = alts ? alts->sh_size / sizeof(struct alt_site) : 0;
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

	printf("%-28s %10s %8s\n", "section", "bytes", "entries");
	printf("%-28s %10lu %8lu\n", ".parainstructions",
	       (unsigned long)para->sh_size, npara);
	printf("%-28s %10lu %8lu\n", ".altinstructions",
	       (unsigned long)section_size(".altinstructions"), nalt);
	printf("%-28s %10lu\n", ".altinstr_replacement",
	       (unsigned long)section_size(".altinstr_replacement"));
	if (section(".parainstructions.runtime"))
		printf("%-28s %10lu\n", ".parainstructions.runtime",
		       (unsigned long)section_size(".parainstructions.runtime"));
	else
		printf("%-28s %10s\n", ".parainstructions.runtime", "absent");

	printf("\n%-28s %8s %8s %12s\n", "pv_ops.lock op", "sites", "in init",
	       "ALTERNATIVE");
	for (i = 0; i < NR_LOCK_OPS; i++)
		printf("%-28s %8lu %8lu %12lu\n", lock_ops[i].op, sites[i],
		       init[i], alt[i]);
	printf("%-28s %8lu\n", "all lock ops", nlock);
	printf("%-28s %8lu\n", "other pv_ops", other);
	return 0;
}
