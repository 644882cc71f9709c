#!/bin/sh
# Start-up of `carebridge validate` on one Bundle in a new process, against raw HAPI FHIR on the same class path.
# Not a test: run by hand on a quiet machine, from the repository root:
#   ./mvnw -q -pl cli -am package -DskipTests && ./mvnw -q -o -pl cli test-compile
#   sh cli/bench/startup.sh [RUNS] [FILE]
# Prints each variant's wall-clock seconds per run (whole process: JVM start to exit) and the median.
set -eu
runs=${1:-5}
file=${2:-profiles/src/main/fhir/package/examples/Bundle-discharge-notice-example.json}
jar=cli/target/carebridge.jar
cp="$jar:cli/target/test-classes"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
[ -f "$jar" ] || { echo "build first: $jar is missing" >&2; exit 2; }
# The launcher writes its AppCDS archive on the first run: do it now so the runs below use it.
rm -f cli/target/carebridge.jsa
CAREBRIDGE_NO_BUILD=1 ./carebridge validate "$file" >/dev/null || true

now() { date +%s%N; }
measure() {
  name=$1; shift
  times=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    times="$times $(( (t1 - t0) / 1000000 ))"
    i=$((i + 1))
  done
  median=$(printf '%s\n' $times | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-58s median %6d ms  runs:%s\n' "$name" "$median" "$times"
}
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
measure "carebridge: java -jar (JVM defaults)"            java -jar "$jar" validate "$file"
measure "carebridge: java $fast -jar"                     java $fast -jar "$jar" validate "$file"
measure "carebridge: ./carebridge (C1, SerialGC, AppCDS)" env CAREBRIDGE_NO_BUILD=1 ./carebridge validate "$file"
measure "raw HAPI: java -cp (JVM defaults)"               java -cp "$cp" org.carebridge.cli.bench.RawHapiStart "$file"
measure "raw HAPI: java $fast -cp"                        java $fast -cp "$cp" org.carebridge.cli.bench.RawHapiStart "$file"
