#!/bin/sh
# Ingest benchmark of live connections (docs/live.md): starts its own mosquitto on a free loopback port,
# then `cellwright live-bench` publishes Venus OS notifications through it and measures our client
# (broker -> Paho -> live model) side by side with mosquitto_sub on the same stream.
#   releng/scripts/live-benchmark.sh            (uses the product built by ./run.sh or ./test.sh)
# Needs the Debian packages mosquitto and mosquitto-clients.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
cw_find_jdk
[ -x "$CW_PRODUCT/cellwright" ] || cw_die "no built product at $CW_PRODUCT: run ./run.sh --help (or ./test.sh) first"
mosquitto=$(command -v mosquitto || ls /usr/sbin/mosquitto 2>/dev/null || true)
sub=$(command -v mosquitto_sub || true)
[ -n "$mosquitto" ] || cw_die "mosquitto is missing: sudo apt-get install mosquitto"
[ -n "$sub" ] || cw_die "mosquitto_sub is missing: sudo apt-get install mosquitto-clients"
work=$(mktemp -d)
port=$(( 20000 + $$ % 10000 ))
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nlog_dest none\n' "$port" >"$work/mosquitto.conf"
"$mosquitto" -c "$work/mosquitto.conf" &
broker_pid=$!
trap 'kill "$broker_pid" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
kill -0 "$broker_pid" || cw_die "mosquitto did not start on port $port"
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, Java $(cw_java_version "$JAVA_HOME/bin/java"), mosquitto $("$mosquitto" -h 2>/dev/null | head -n 1 | sed 's/.*version //')"
"$CW_PRODUCT/cellwright" live-bench --broker "tcp://127.0.0.1:$port" --messages 200000 --rate 0 --mosquitto-sub "$sub"
"$CW_PRODUCT/cellwright" live-bench --broker "tcp://127.0.0.1:$port" --messages 50000 --rate 5000 --mosquitto-sub "$sub"
