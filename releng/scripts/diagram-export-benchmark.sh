#!/bin/sh
# Timing of the headless diagram export (docs/diagram-export.md): `cellwright diagram` on example 1 and on a
# generated design of 200 components (copies of example 1, made by benchmark-validate --save), as SVG and as
# PNG, each a whole command (JVM and OSGi start, load, layout, drawing, atomic write). Prints the median and
# range of RUNS runs (default 5) of wall time and peak resident memory (GNU time).
#   releng/scripts/diagram-export-benchmark.sh [RUNS]     (uses the product built by ./run.sh or ./test.sh)
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
cw_find_jdk
runs=${1:-5}
[ -x "$CW_PRODUCT/cellwright" ] || cw_die "no built product at $CW_PRODUCT: run ./run.sh --help (or ./test.sh) first"
[ -x /usr/bin/time ] || cw_die "GNU time is missing: sudo apt-get install time"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example="$PWD/examples/001-example-1-multiplus-compact-mppt.cwdesign"
"$CW_PRODUCT/cellwright" benchmark-validate --from "$example" --components 200 --warmup 0 --iterations 1 --save "$work/generated-200.cwdesign" >"$work/generate.out" 2>/dev/null \
    || cw_die "could not generate the 200-component design: $(cat "$work/generate.out")"
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, Java $(cw_java_version "$JAVA_HOME/bin/java"), load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
echo "design | format | wall time median (min-max) | peak RSS median | output"
for design in "$example" "$work/generated-200.cwdesign"; do
    for format in svg png; do
        : >"$work/times"
        i=0
        while [ "$i" -lt "$runs" ]; do
            /usr/bin/time -f "%e %M" -o "$work/time" "$CW_PRODUCT/cellwright" diagram "$design" --format "$format" --output "$work/out.$format" \
                || cw_die "cellwright diagram $design --format $format failed"
            cat "$work/time" >>"$work/times"
            i=$((i + 1))
        done
        size=$(wc -c <"$work/out.$format")
        components=$(grep -c '<components ' "$design")
        mid=$(( (runs + 1) / 2 ))
        wall=$(sort -n -k1 "$work/times" | awk -v mid="$mid" 'NR == 1 { min = $1 } NR == mid { med = $1 } { max = $1 } END { printf "%.2f s (%.2f-%.2f)", med, min, max }')
        rss=$(sort -n -k2 "$work/times" | awk -v mid="$mid" 'NR == mid { printf "%.0f MB", $2 / 1024 }')
        echo "$(basename "$design") ($components components) | $format | $wall | $rss | $((size / 1024)) KB"
    done
done
