#!/bin/sh

(cd drivers; ./drivers_test.sh)
