/* Trivial program to check that compilation with certain flags is working. */

#include <stdio.h>

int
main(void)
{
	puts("");
	return 0;
}
