#!/bin/sh
# SPDX-License-Identifier: GPL-2.0+
$(dirname $0)/../kselftest/module.sh "strscpy*" test_strscpy
