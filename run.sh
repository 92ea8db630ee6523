#!/bin/sh
# Runs Cellwright from this checkout: builds the product the first time (or after `git pull`), then
#   ./run.sh                  opens the workbench
#   ./run.sh COMMAND ...      runs the command line, for example ./run.sh --help
set -eu
cd "$(dirname "$0")"
. releng/scripts/common.sh
cw_find_jdk
stamp=$(cw_source_stamp)
if [ ! -x "$CW_PRODUCT/cellwright" ] || [ "$(cat "$CW_STAMP" 2>/dev/null)" != "$stamp" ]; then
    cw_say "building the product (the first build downloads from Maven Central and takes a few minutes)"
    cw_maven_opts
    cw_need_npm
    ./mvnw -B -ntp -DskipTests clean verify >&2
    echo "$stamp" > "$CW_STAMP"
fi
if [ $# -eq 0 ] || [ "${1#-data}" != "$1" ] || [ "$1" = -clean ]; then
    cw_need_packages $CW_RUN_PACKAGES
    [ -n "${DISPLAY:-}" ] || cw_die "no DISPLAY: the workbench needs a graphical session (or run it under xvfb-run). The command line works without one: ./run.sh --help"
fi
exec "$CW_PRODUCT/cellwright" "$@"
