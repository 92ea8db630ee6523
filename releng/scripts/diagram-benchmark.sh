#!/bin/sh
# Wiring diagram figures (README "Wiring diagram"): with the product built by ./run.sh or ./test.sh,
#   releng/scripts/diagram-benchmark.sh [RUNS]      (default 3 runs of the workbench)
# 1. layout time of a generated design of 200 components (copies of example 1), headless, plain Java;
# 2. RUNS times: the real workbench opens example 1's diagram 2 s after start-up and reports (its
#    -Dcellwright.diagramCheck self-check) the time until the browser drew every node and wire, the
#    longest the UI thread was late for a 10 ms heartbeat meanwhile, and the memory the open diagram
#    added (Java heap after GC, resident size of the WebKit processes);
# 3. RUNS times the baseline: the same file opened in the plain text editor instead (state=opened-in-...).
# DIAGRAM_BENCH_VMARGS=-Dcellwright.diagramCheck.profile=true prints where the UI thread was whenever it
# was late (see OpenDiagramAtStartup; sampling slows the thread, so those runs' figures are higher).
# DIAGRAM_BENCH_PRODUCT=DIR measures another product folder. Needs DISPLAY for step 2 (an Xvfb is started when there is none).
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
cw_find_jdk
# Another product (for example an installed copy) can be measured with DIAGRAM_BENCH_PRODUCT=DIR.
CW_PRODUCT=${DIAGRAM_BENCH_PRODUCT:-$CW_PRODUCT}
[ -x "$CW_PRODUCT/cellwright" ] || cw_die "no built product at $CW_PRODUCT: run ./run.sh --help (or ./test.sh) first"
runs=${1:-3}
example=$PWD/examples/001-example-1-multiplus-compact-mppt.cwdesign
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg)), Java $(cw_java_version "$JAVA_HOME/bin/java")"
"$JAVA_HOME/bin/java" -cp "$CW_PRODUCT/plugins/*" releng/scripts/DiagramLayoutBenchmark.java \
    "$(ls "$CW_PRODUCT"/plugins/io.cellwright.catalog.victron_*.jar | head -n 1)" "$example" 200
cw_ensure_display
# runs_of NAME [VMARGS]: RUNS launches of the product with the self-check (and VMARGS), each in a fresh workspace.
runs_of() {
    name=$1
    i=1
    while [ "$i" -le "$runs" ]; do
        HOME="$work/home" CELLWRIGHT_VMARGS="-Dcellwright.openDiagram=$example -Dcellwright.diagramCheck=120 ${2:-} ${DIAGRAM_BENCH_VMARGS:-}" timeout 300 \
            "$CW_PRODUCT/cellwright" -data "$work/workspace-$name-$i" >"$work/$name-$i.out" 2>"$work/$name-$i.err" || true
        grep '^CELLWRIGHT-DIAGRAM-CHECK file=' "$work/$name-$i.out" || { cat "$work/$name-$i.err" >&2; cw_die "$name run $i did not report"; }
        i=$((i + 1))
    done
}
runs_of diagram
# 3. The baseline: the same workbench opening the same file in Eclipse's plain text editor, which has no
#    diagram, tree or browser: what opening any editor costs the UI thread here.
runs_of text -Dcellwright.diagramCheck.editor=org.eclipse.ui.DefaultTextEditor
