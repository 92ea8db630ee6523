#!/bin/sh
# Runs Cellwright from this checkout: builds the product the first time (or after `git pull`), then
#   ./run.sh                  opens the workbench
#   ./run.sh COMMAND ...      runs the command line, for example ./run.sh --help
set -eu
cd "$(dirname "$0")"
. releng/scripts/common.sh
PRODUCT=releng/io.cellwright.product/target/products/io.cellwright.product/linux/gtk/x86_64/cellwright
cw_find_jdk
stamp=releng/io.cellwright.product/target/.built-from
head=$(git rev-parse HEAD 2>/dev/null || echo unknown)$(git status --porcelain 2>/dev/null | grep -v '^??' | md5sum | cut -c1-8)
if [ ! -x "$PRODUCT/cellwright" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$head" ]; then
    cw_say "building the product (the first build downloads from Maven Central and takes a few minutes)"
    cw_maven_opts
    ./mvnw -B -ntp -q -DskipTests clean verify >&2
    echo "$head" > "$stamp"
fi
if [ $# -eq 0 ] || [ "${1#-data}" != "$1" ] || [ "$1" = -clean ]; then
    cw_need_packages $CW_RUN_PACKAGES
    [ -n "${DISPLAY:-}" ] || cw_die "no DISPLAY: the workbench needs a graphical session (or run it under xvfb-run). The command line works without one: ./run.sh --help"
fi
exec "$PRODUCT/cellwright" "$@"
