#!/bin/sh
# Smoke test of the materialized product (not the test harness): copies it like an install, runs the
# command line, then opens the real workbench and checks what it shows. Fails on any error entry or
# exception in the logs or the output. Needs DISPLAY (./test.sh starts Xvfb).
#   smoke-test.sh PRODUCT_DIR WORK_DIR
set -eu
product=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
install="$work/install"
cp -a "$product" "$install"

fail() {
    echo "SMOKE TEST FAILED: $*" >&2
    exit 1
}

show() {
    for f in "$@"; do [ -f "$f" ] && { echo "----- $f" >&2; cat "$f" >&2; }; done
    return 0
}

# run NAME EXPECTED_EXIT ARGS...: runs the installed `cellwright ARGS`, checks its exit code.
run() {
    name=$1; expected=$2; shift 2
    set +e
    HOME="$work/home" timeout 180 "$install/cellwright" "$@" >"$work/$name.out" 2>"$work/$name.err"
    code=$?
    set -e
    if [ "$code" -ne "$expected" ]; then
        show "$work/$name.out" "$work/$name.err"
        fail "'cellwright $*' exited with $code, expected $expected"
    fi
    echo "ok: cellwright $* -> exit $code"
}

expect() {
    file=$1; pattern=$2
    grep -Eq "$pattern" "$file" || { show "$file"; fail "$file does not contain /$pattern/"; }
}

no_exceptions() {
    for f in "$@"; do
        [ -f "$f" ] || continue
        if grep -Eq 'Exception|^!ENTRY [^ ]+ 4 |Error:|SEVERE' "$f"; then
            show "$f"
            fail "errors or exceptions in $f"
        fi
    done
}

mkdir -p "$work/home"

# --- the command line ---------------------------------------------------------------------------
run help 0 --help
expect "$work/help.out" '^Usage: cellwright'
expect "$work/help.out" 'doctor'
run version 0 --version
expect "$work/version.out" '^Cellwright [0-9]+\.[0-9]+\.[0-9]+'
run doctor 0 doctor
expect "$work/doctor.out" 'All checks passed'
run catalog 0 catalog
expect "$work/catalog.out" 'smart-bms-12-200'
run compare 0 catalog compare
# The table comes from the structured catalog values and must equal the BMS overview's table (002).
seed_table="$(cd "$(dirname "$0")/../.." && pwd)/tests/io.cellwright.catalog.tests/resources/002-comparison-table.tsv"
diff "$seed_table" "$work/compare.out" >"$work/compare.diff" || { show "$work/compare.diff"; fail "'cellwright catalog compare' differs from the 002 table"; }
# Every example design opens in the command line.
for example in "$(cd "$(dirname "$0")/../.." && pwd)"/examples/*.cwdesign; do
    name=show-$(basename "$example" .cwdesign)
    run "$name" 0 show "$example"
    expect "$work/$name.out" '^Battery bank '
done
# The examples validate without error (exit 0); the rules are listed.
run validate 0 validate "$(cd "$(dirname "$0")/../.." && pwd)"/examples/*.cwdesign
expect "$work/validate.out" ': 0 error\(s\)'
run rules 0 rules
expect "$work/rules.out" '^CW-VOLT-001 '
# The customer report of an example, as PDF and HTML.
run report-pdf 0 validate "$(cd "$(dirname "$0")/../.." && pwd)"/examples/001-example-1-multiplus-compact-mppt.cwdesign --format pdf --output "$work/report.pdf"
run report-html 0 validate "$(cd "$(dirname "$0")/../.." && pwd)"/examples/001-example-1-multiplus-compact-mppt.cwdesign --format html --output "$work/report.html"
[ -s "$work/report.pdf" ] && [ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "validate --format pdf did not write a PDF"
expect "$work/report.html" 'Bill of materials'
# The wiring diagram drawn without a browser (SVG, PNG with badges) and in the report; nothing on stderr.
ex1="$(cd "$(dirname "$0")/../.." && pwd)"/examples/001-example-1-multiplus-compact-mppt.cwdesign
run diagram-svg 0 diagram "$ex1" --format svg --output "$work/diagram.svg"
run diagram-png 0 diagram "$ex1" --format png --scale 2 --markers --output "$work/diagram.png"
expect "$work/diagram.svg" '<g id="bms" class="cw-component">'
expect "$work/report.html" '<section id="wiring-diagram">'
[ "$(head -c 4 "$work/diagram.png" | tail -c 3)" = PNG ] || fail "diagram --format png did not write a PNG"
[ ! -s "$work/diagram-svg.err" ] && [ ! -s "$work/diagram-png.err" ] || { show "$work/diagram-svg.err" "$work/diagram-png.err"; fail "'cellwright diagram' wrote to stderr"; }
# The BMS selector on an example: its own BMS is among 002's recommendations, with reasons; nothing on stderr.
run recommend 0 recommend "$(cd "$(dirname "$0")/../.." && pwd)"/examples/cl-12-100-alternator-starter.cwdesign
expect "$work/recommend.out" "^  The design's BMS 'bms' \(Smart BMS CL 12/100\): RECOMMENDED"
[ ! -s "$work/recommend.err" ] || { show "$work/recommend.err"; fail "'cellwright recommend' wrote to stderr"; }
# Every example design simulates (overnight scenario) with its time series and events written; nothing on stderr.
for example in "$(cd "$(dirname "$0")/../.." && pwd)"/examples/*.cwdesign; do
    name=simulate-$(basename "$example" .cwdesign)
    run "$name" 0 simulate "$example" --scenario overnight --out "$work/$name.csv" --events "$work/$name.json"
    expect "$work/$name.out" '^Simulated 12.0 h of scenario .overnight.'
    expect "$work/$name.csv" '^t_s,bank_V,'
    expect "$work/$name.json" '"signal": "pre-alarm", "value": "ON"'
    [ ! -s "$work/$name.err" ] || { show "$work/$name.err"; fail "'cellwright simulate' wrote to stderr"; }
done
# Live units: a test vector of the Instant Readout facts decodes; monitor shows what a fake GX publishes
# through a real broker (Debian mosquitto, which ./test.sh installs).
run ble 0 ble-decode 100289a302b040af925d09a4d89aa0128bdef48c6298a9 --key aff4d0995b7d1e176c0c33ecb9e70dcd
expect "$work/ble.out" 'battery voltage +12\.53 V'
mosquitto=$(command -v mosquitto || ls /usr/sbin/mosquitto 2>/dev/null) || fail "mosquitto is missing: apt-get install mosquitto"
port=$(( 20000 + $$ % 10000 ))
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nlog_dest none\n' "$port" >"$work/mosquitto.conf"
"$mosquitto" -c "$work/mosquitto.conf" & broker_pid=$!
HOME="$work/home" "$install/cellwright" fake-gx --broker "127.0.0.1:$port" --duration 60s >"$work/fake-gx.out" 2>"$work/fake-gx.err" & gx_pid=$!
# gx-sim: example 1's overnight run at 600 x (Load disconnect at 00:58 simulated = 6 s; 2 h = 12 s), seen by monitor.
HOME="$work/home" "$install/cellwright" gx-sim --broker "127.0.0.1:$port" --design "$(cd "$(dirname "$0")/../.." && pwd)"/examples/001-example-1-multiplus-compact-mppt.cwdesign \
    --speed 600 --duration 2h >"$work/gx-sim.out" 2>"$work/gx-sim.err" & sim_pid=$!
# A loaded machine can take longer than a few seconds to start the JVM: wait until gx-sim publishes.
i=0; while [ $i -lt 120 ] && ! grep -q 'publishing' "$work/gx-sim.err" 2>/dev/null; do sleep 0.5; i=$((i + 1)); done
sleep 3
run monitor-gx-sim 0 monitor --broker "127.0.0.1:$port" --portal-id c0619ab00002 --duration 2s
run monitor 0 monitor --broker "127.0.0.1:$port" --portal-id c0619ab00001 --duration 3s
wait "$sim_pid" || fail "'cellwright gx-sim' failed: $(cat "$work/gx-sim.err")"
kill "$gx_pid" "$broker_pid" 2>/dev/null || true
expect "$work/monitor-gx-sim.out" 'battery/512  House bank'
expect "$work/monitor-gx-sim.out" 'Soc +State of charge +[0-9.]+ %'
expect "$work/gx-sim.out" 'pre-alarm ON'
expect "$work/gx-sim.out" 'the device has gone'
expect "$work/monitor.out" 'battery/512  House bank  \(product 41957\)'
expect "$work/monitor.out" 'Dc/0/Voltage +Voltage +26\.[0-9]+ V'
run usage 64 no-such-command
expect "$work/usage.err" 'no-such-command'
no_exceptions "$work/help.out" "$work/help.err" "$work/version.err" "$work/doctor.out" "$work/doctor.err" "$work/usage.err"
# A command that worked prints nothing on stderr: no library chatter in front of the user.
for name in help version doctor catalog compare validate rules report-pdf report-html ble; do
    [ ! -s "$work/$name.err" ] || { show "$work/$name.err"; fail "'cellwright $name' wrote to stderr"; }
done

# --- the workbench ------------------------------------------------------------------------------
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY for the workbench: run ./test.sh, which starts Xvfb"
set +e
HOME="$work/home" CELLWRIGHT_VMARGS="-Dcellwright.startupCheck=5" timeout 300 "$install/cellwright" -data "$work/workspace" \
    >"$work/workbench.out" 2>"$work/workbench.err"
code=$?
set -e
[ "$code" -eq 0 ] || { show "$work/workbench.out" "$work/workbench.err" "$work/workspace/.metadata/.log"; fail "the workbench exited with $code"; }
line=$(grep '^CELLWRIGHT-STARTUP-CHECK' "$work/workbench.out" || true)
[ -n "$line" ] || { show "$work/workbench.out" "$work/workbench.err" "$work/workspace/.metadata/.log"; fail "the workbench did not report its start-up"; }
echo "$line"
case "$line" in *" title=Cellwright "*) ;; *) fail "window title is not Cellwright: $line" ;; esac
case "$line" in *" perspective=io.cellwright.ui.perspective.design "*) ;; *) fail "the Design perspective is not open: $line" ;; esac
for view in org.eclipse.ui.navigator.ProjectExplorer org.eclipse.ui.views.PropertySheet \
            org.eclipse.ui.views.ProblemView org.eclipse.ui.views.ContentOutline; do
    case "$line" in *"$view"*) ;; *) fail "view $view is missing: $line" ;; esac
done
no_exceptions "$work/workbench.out" "$work/workbench.err" "$work/workspace/.metadata/.log" "$install"/configuration/*.log
echo "ok: the workbench opened the Design perspective with its views and closed cleanly; no errors logged"
# The wiring diagram in the real product: example 1 opens, the browser draws one node per component and
# one wire per wire of the file (OpenDiagramAtStartup's self-check prints what it drew, then closes).
example1="$(cd "$(dirname "$0")/../.." && pwd)/examples/001-example-1-multiplus-compact-mppt.cwdesign"
set +e
HOME="$work/home" CELLWRIGHT_VMARGS="-Dcellwright.openDiagram=$example1 -Dcellwright.diagramCheck=120" timeout 300 \
    "$install/cellwright" -data "$work/workspace-diagram" >"$work/diagram.out" 2>"$work/diagram.err"
code=$?
set -e
line=$(grep '^CELLWRIGHT-DIAGRAM-CHECK file=' "$work/diagram.out" || true)
[ "$code" -eq 0 ] && [ -n "$line" ] || { show "$work/diagram.out" "$work/diagram.err" "$work/workspace-diagram/.metadata/.log"; fail "the workbench did not report the diagram (exit $code)"; }
echo "$line"
want="state=drawn nodes=$(grep -c '<components ' "$example1") wires=$(grep -c '<wires ' "$example1") "
case "$line" in *"$want"*) ;; *) show "$work/diagram.err" "$work/workspace-diagram/.metadata/.log"; fail "the diagram of example 1 is not drawn as the file says ($want): $line" ;; esac
case "$line" in *"prepared=true"*) ;; *) show "$work/diagram.err" "$work/workspace-diagram/.metadata/.log"; fail "the design editor's preparation after start-up did not end before the diagram opened: $line" ;; esac
no_exceptions "$work/diagram.out" "$work/diagram.err" "$work/workspace-diagram/.metadata/.log"
echo "ok: the workbench prepared the design editor in the background and drew example 1's wiring diagram (${want% })"
echo "SMOKE TEST PASSED"
