#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Entry point of the pvrt harness: make sure Python 3 is there, then hand
# over to pvrt.py.  tools/testing/pvrt/pvrt is a link to this file.
if ! command -v python3 >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "pvrt: installing python3"
		DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			--no-install-recommends python3 >/dev/null || exit 2
	else
		echo "pvrt: python3 is missing; install the Debian package python3" >&2
		exit 2
	fi
fi
exec python3 "$(dirname "$0")/pvrt.py" "$@"
