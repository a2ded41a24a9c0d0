#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# CI entry point, reached through the link .ci/run at the top of the
# tree: run the pvrt test suite exactly as the README gives it.  pvrt
# installs the Debian packages it needs and builds its kernels itself,
# so this works on a fresh clone on a fresh machine.
set -e
cd "$(dirname "$(readlink -f "$0")")/../../.."
# The harness's own unit tests first: they need no kernel.
tools/testing/pvrt/pvrt selftest
# Then KVM compiled for arm64, which no boot covers: a few minutes, before
# any boot, and outside check so that its scenarios' timings stay theirs.
tools/testing/pvrt/pvrt cross-kvm
exec tools/testing/pvrt/pvrt check
