// SPDX-License-Identifier: GPL-2.0
/*
 * pvload: what the machines of pvrt run besides locktorture.
 *
 *   pvload msg SECS PAIRS
 *	PAIRS pairs of processes pass a byte back and forth over two pipes
 *	for SECS seconds, as hackbench's processes do over many: each pass
 *	wakes the other process, which takes the pipe's and the run
 *	queue's locks.  Prints the round trips of all pairs.
 *   pvload clock
 *	Prints CLOCK_MONOTONIC in seconds, to the nanosecond, for the
 *	scripts of a busybox machine, whose date has no %N.
 *
 * Built statically, so that it runs in a busybox initramfs.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
	fprintf(stderr, "pvload: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void xpipe(int fd[2])
{
	if (pipe(fd))
		die("pipe");
}

/*
 * One pair: the parent passes a byte to its child and waits for it to
 * come back until @end, then writes its count of round trips to @out.
 */
static void pair(double end, int out)
{
	int there[2], back[2];
	unsigned long trips = 0;
	char c = 0;
	pid_t child;

	xpipe(there);
	xpipe(back);
	child = fork();
	if (child < 0)
		die("fork");
	if (!child) {
		close(there[1]);
		close(back[0]);
		while (read(there[0], &c, 1) == 1)
			if (write(back[1], &c, 1) != 1)
				die("write");
		_exit(0);
	}
	close(there[0]);
	close(back[1]);
	while (now() < end) {
		if (write(there[1], &c, 1) != 1 || read(back[0], &c, 1) != 1)
			die("pass");
		trips++;
	}
	close(there[1]);
	if (waitpid(child, NULL, 0) < 0)
		die("waitpid");
	if (write(out, &trips, sizeof(trips)) != sizeof(trips))
		die("write");
	_exit(0);
}

static int pass_messages(int secs, int pairs)
{
	unsigned long total = 0, trips;
	double end = now() + secs;
	int res[2], i;

	xpipe(res);
	for (i = 0; i < pairs; i++) {
		pid_t p = fork();

		if (p < 0)
			die("fork");
		if (!p) {
			close(res[0]);
			pair(end, res[1]);
		}
	}
	close(res[1]);
	for (i = 0; i < pairs; i++) {
		if (read(res[0], &trips, sizeof(trips)) != sizeof(trips)) {
			fprintf(stderr, "pvload: a pair gave no count\n");
			return 1;
		}
		total += trips;
	}
	while (wait(NULL) > 0)
		;
	printf("pvload: msg %d pairs: %lu round trips in %ds\n", pairs, total,
	       secs);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "clock")) {
		printf("%.6f\n", now());
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "msg")) {
		int secs = atoi(argv[2]), pairs = atoi(argv[3]);

		if (secs > 0 && pairs > 0)
			return pass_messages(secs, pairs);
	}
	fprintf(stderr, "usage: pvload msg SECS PAIRS | pvload clock\n");
	return 2;
}
