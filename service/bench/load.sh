#!/usr/bin/env bash
# The service load benchmark (docs/performance.md, "The service over HTTP"): starts carebridge serve on a free
# loopback port from the built jar, notes its memory (RSS) when ready, runs ServiceLoad (8 clients, 60 s by
# default) on the package examples and generated Bundles, notes the memory and the load average at the end, stops
# the service with SIGTERM; SERVE_JAVA_OPTS (e.g. -Xmx1g) goes to the service's JVM.
# Usage: service/bench/load.sh [SECONDS] [CLIENTS]   (build first: ./mvnw -o -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
clients=${2:-8}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
home=$(mktemp -d)
java ${SERVE_JAVA_OPTS:-} -Duser.home="$home" -jar cli/target/carebridge.jar serve --port "$port" --queue 64 2>"$home/serve.err" >/dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
until grep -q "ready at" "$home/serve.err"; do sleep 0.5; done
echo "rss_at_start_kib=$(awk '/VmRSS/{print $2}' /proc/$pid/status) load_average_before=$(cut -d' ' -f1-3 /proc/loadavg)"
# Side by side, one Bundle, 5 rounds taken in turn: a new `carebridge validate` process per call (what callers pay
# today) and one request to the running service.
bundle=profiles/src/main/fhir/package/examples/Bundle-discharge-notice-example.json
cli_ms=(); http_ms=()
for round in 1 2 3 4 5; do
  t0=$(date +%s%N); java -Duser.home="$home" -jar cli/target/carebridge.jar validate "$bundle" >/dev/null 2>&1 || true
  cli_ms+=($(( ($(date +%s%N) - t0) / 1000000 )))
  http_ms+=($(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/fhir+json' \
    --data-binary @"$bundle" "http://127.0.0.1:$port/\$validate" | awk '{printf "%d", $1 * 1000}'))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
echo "one_bundle_new_process_ms=${cli_ms[*]} median=$(median "${cli_ms[@]}")"
echo "one_bundle_service_request_ms=${http_ms[*]} median=$(median "${http_ms[@]}")"
java service/bench/ServiceLoad.java "http://127.0.0.1:$port/" "$seconds" "$clients" profiles/src/main/fhir/package/examples
echo "rss_at_end_kib=$(awk '/VmRSS/{print $2}' /proc/$pid/status) load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM $pid
wait $pid || true
tail -1 "$home/serve.err"
