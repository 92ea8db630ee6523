#!/bin/sh
# The one test command: builds Cellwright from Maven Central and runs every test, including the UI
# tests and the smoke test of the materialized product, on a fresh Debian machine with nothing
# installed by hand (as root it installs the Debian packages it needs; else it says which).
#   ./test.sh                 full clean build with all tests
#   ./test.sh -o ...          extra arguments go to Maven (here: offline)
set -eu
cd "$(dirname "$0")"
. releng/scripts/common.sh
cw_find_jdk
cw_need_packages $CW_TEST_PACKAGES
cw_need_npm
cw_ensure_display
cw_maven_opts
export NO_AT_BRIDGE=1
stamp=$(cw_source_stamp)
./mvnw -B -ntp clean verify "$@"
echo "$stamp" > "$CW_STAMP"
