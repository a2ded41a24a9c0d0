// SPDX-License-Identifier: GPL-2.0
/*
 * sitebytes: print the bytes at each site of a list in a memory dump, so
 * that pvrt can compare them on the console.  A nested host saves its
 * guest's kernel text with QEMU's pmemsave and runs
 *
 *   sitebytes DUMP TAG < SITES
 *
 * SITES has a line "OFFSET LENGTH" per site, each a number in C syntax,
 * OFFSET counted from the start of DUMP.  sitebytes prints the sites in
 * that order, 16 to a line, each as its bytes in hex, every line headed
 * by TAG and the index of its first site, and ends with a count:
 *
 *   pvrt: sites TAG 0: e8c1f2ffff0f1f00 c607006690 ...
 *   pvrt: sites TAG 16: ...
 *   pvrt: sites TAG: N sites, B bytes
 *
 * The last line comes only if every site was printed.  It exits 1 if DUMP
 * cannot be read or a site does not lie within it, and 2 for a bad
 * command line or a bad line in SITES.  Each line of output is written
 * whole, so that no other writer to the console splits it.
 *
 * Built statically, so that it runs in a busybox initramfs.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SITES_PER_LINE	16
/* No instruction is longer than 15 bytes. */
#define MAX_SITE	15

static const char prog[] = "sitebytes";

static unsigned char *read_dump(const char *path, size_t *size)
{
	unsigned char *buf = NULL, *more;
	size_t len = 0, cap = 0, n;
	FILE *f = fopen(path, "rb");

	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		exit(1);
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? 2 * cap : 1 << 20;
			more = realloc(buf, cap);
			if (!more) {
				fprintf(stderr, "%s: %s: out of memory\n", prog,
					path);
				exit(1);
			}
			buf = more;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: %s: read error\n", prog, path);
		exit(1);
	}
	fclose(f);
	*size = len;
	return buf;
}

/* A number in C syntax that fills @word, or false. */
static bool parse_number(const char *word, unsigned long long *val)
{
	char *end;

	if (*word == '-' || *word == '+')
		return false;
	errno = 0;
	*val = strtoull(word, &end, 0);
	return !errno && end != word && !*end;
}

int main(int argc, char **argv)
{
	unsigned long long off, len, sites = 0, bytes = 0;
	char line[128], word1[64], word2[64], extra[2];
	const unsigned char *dump;
	unsigned long long k;
	size_t size;
	int lineno = 0;

	if (argc != 3 || !*argv[2] || strpbrk(argv[2], " \t:\n")) {
		fprintf(stderr, "usage: %s DUMP TAG < SITES\n", prog);
		return 2;
	}
	dump = read_dump(argv[1], &size);
	setvbuf(stdout, NULL, _IOLBF, 0);

	while (fgets(line, sizeof(line), stdin)) {
		lineno++;
		if (!strchr(line, '\n') && !feof(stdin)) {
			fprintf(stderr, "%s: line %d of the sites is too long\n",
				prog, lineno);
			return 2;
		}
		if (sscanf(line, "%63s %63s %1s", word1, word2, extra) != 2 ||
		    !parse_number(word1, &off) || !parse_number(word2, &len) ||
		    !len || len > MAX_SITE) {
			fprintf(stderr, "%s: line %d of the sites is not \"OFFSET LENGTH\": %s",
				prog, lineno, line);
			return 2;
		}
		if (off > size || len > size - off) {
			if (sites % SITES_PER_LINE)
				putchar('\n');
			fprintf(stderr,
				"%s: site %llu, %llu bytes at %#llx, is not within the %zu bytes of %s\n",
				prog, sites, len, off, size, argv[1]);
			return 1;
		}
		if (sites % SITES_PER_LINE == 0)
			printf("pvrt: sites %s %llu:", argv[2], sites);
		putchar(' ');
		for (k = 0; k < len; k++)
			printf("%02x", dump[off + k]);
		sites++;
		bytes += len;
		if (sites % SITES_PER_LINE == 0)
			putchar('\n');
	}
	if (ferror(stdin)) {
		fprintf(stderr, "%s: cannot read the sites\n", prog);
		return 1;
	}
	if (sites % SITES_PER_LINE)
		putchar('\n');
	printf("pvrt: sites %s: %llu sites, %llu bytes\n", argv[2], sites,
	       bytes);
	return 0;
}
