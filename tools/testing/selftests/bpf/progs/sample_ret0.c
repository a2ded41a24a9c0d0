/* SPDX-License-Identifier: (GPL-2.0 OR BSD-2-Clause) */

/* Sample program which should always load for testing control paths. */
int func()
{
	return 0;
}
