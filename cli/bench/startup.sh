#!/bin/sh
# Start-up of `carebridge validate` on one Bundle in a new process, against raw HAPI FHIR on the same class path.
# Not a test: run by hand on a quiet machine, from the repository root:
#   ./mvnw -q -pl cli -am package -DskipTests && ./mvnw -q -o -pl cli test-compile
#   sh cli/bench/startup.sh [ROUNDS] [FILE] [PACKAGE]
# PACKAGE (a package file such as fhir.r4.ukcore.stu2-2.0.2.tgz) is given to every variant: carebridge gets it as
# --package (with UK Core STU2 2.0.2 that is the fast path's configuration), raw HAPI adds it to its chain; a sixth
# variant is then ./carebridge with --no-fast-path.
# Each round runs every variant once, in turn (so a change of machine load hits all of them alike), and times the
# whole process (JVM start to exit, wall clock). Prints each variant's runs in milliseconds and their median.
set -eu
rounds=${1:-5}
file=${2:-profiles/src/main/fhir/package/examples/Bundle-discharge-notice-example.json}
package=${3:-}
if [ -n "$package" ]; then variants="1 2 3 4 5 6"; pkg="--package $package"; else variants="1 2 3 4 5"; pkg=""; fi
jar=cli/target/carebridge.jar
cp="$jar:cli/target/test-classes"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
[ -f "$jar" ] || { echo "build first: $jar is missing" >&2; exit 2; }
[ -f cli/target/test-classes/org/carebridge/cli/bench/RawHapiStart.class ] || { echo "run test-compile first" >&2; exit 2; }
# The launcher writes its AppCDS archive on the first validate run: do it now so the runs below map it.
rm -f cli/target/carebridge.jsa
CAREBRIDGE_NO_BUILD=1 ./carebridge validate $pkg "$file" >/dev/null || true

run() { # variant number -> command
  case $1 in
    1) java -jar "$jar" validate $pkg "$file" ;;
    2) java $fast -jar "$jar" validate $pkg "$file" ;;
    3) CAREBRIDGE_NO_BUILD=1 ./carebridge validate $pkg "$file" ;;
    4) java -cp "$cp" org.carebridge.cli.bench.RawHapiStart "$file" $package ;;
    5) java $fast -cp "$cp" org.carebridge.cli.bench.RawHapiStart "$file" $package ;;
    6) CAREBRIDGE_NO_BUILD=1 ./carebridge validate --no-fast-path $pkg "$file" ;;
  esac
}
name() {
  case $1 in
    1) echo "carebridge: java -jar (JVM defaults)" ;;
    2) echo "carebridge: java $fast -jar" ;;
    3) echo "carebridge: ./carebridge (C1, serial GC, AppCDS)" ;;
    4) echo "raw HAPI: java -cp (JVM defaults)" ;;
    5) echo "raw HAPI: java $fast -cp" ;;
    6) echo "carebridge: ./carebridge --no-fast-path" ;;
  esac
}
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
out=$(mktemp)
r=0
while [ "$r" -lt "$rounds" ]; do
  for v in $variants; do
    t0=$(date +%s%N); run "$v" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    echo "$v $(( (t1 - t0) / 1000000 ))" >> "$out"
  done
  r=$((r + 1))
done
for v in $variants; do
  times=$(awk -v v="$v" '$1 == v {printf " %s", $2}' "$out")
  median=$(printf '%s\n' $times | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-60s median %6d ms  runs:%s\n' "$(name "$v")" "$median" "$times"
done
echo "# end load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"
