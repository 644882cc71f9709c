#!/usr/bin/env bash
# The service load benchmark (docs/performance.md, "The service over HTTP"): starts carebridge serve on a free
# loopback port from the built jar, notes its memory (RSS) when ready, runs ServiceLoad (8 clients, 60 s by
# default) on the package examples and generated Bundles, notes the memory and the load average at the end, stops
# the service with SIGTERM. Usage: service/bench/load.sh [SECONDS] [CLIENTS]   (build first: ./mvnw -o -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
clients=${2:-8}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
home=$(mktemp -d)
java -Duser.home="$home" -jar cli/target/carebridge.jar serve --port "$port" --queue 64 2>"$home/serve.err" >/dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
until grep -q "ready at" "$home/serve.err"; do sleep 0.5; done
echo "rss_at_start_kib=$(awk '/VmRSS/{print $2}' /proc/$pid/status) load_average_before=$(cut -d' ' -f1-3 /proc/loadavg)"
java service/bench/ServiceLoad.java "http://127.0.0.1:$port/" "$seconds" "$clients" profiles/src/main/fhir/package/examples
echo "rss_at_end_kib=$(awk '/VmRSS/{print $2}' /proc/$pid/status) load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM $pid
wait $pid || true
tail -1 "$home/serve.err"
