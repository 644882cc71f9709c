#!/usr/bin/env bash
# Regenerates the CareBridge FHIR package folder (profiles/src/main/fhir/package) from the FSH in
# profiles/fsh, offline. See docs/standard/building.md.
#
#   profiles/scripts/regenerate.sh           compile the FSH and replace the committed package folder
#   profiles/scripts/regenerate.sh --check   compile into a temporary folder and fail if the committed
#                                            package folder differs (CI runs this)
#
# Needs Node 18+ and npm (the npm registry, for `npm ci`), a JDK 17 and ./mvnw (Maven Central, once, for
# the R4 core definitions). It never contacts the FHIR package registry: SUSHI reads the R4 core package
# from a folder written by CorePackageWriter from HAPI's hapi-fhir-validation-resources-r4, and UK Core
# STU2 2.0.2 from ../shared/ukcore-stu2, both cached in profiles/.build (git-ignored; delete that folder to
# rebuild the cache).
set -euo pipefail

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
}

MODE=write
case "${1:-}" in
  "") ;;
  --check) MODE=check ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROFILES_DIR="$(dirname "$SCRIPTS_DIR")"
REPO_DIR="$(dirname "$PROFILES_DIR")"
# The two overrides exist to test this script on throwaway FSH without touching the repository.
FSH_DIR="${CAREBRIDGE_FSH_DIR:-$PROFILES_DIR/fsh}"
COMMITTED_DIR="${CAREBRIDGE_PACKAGE_DIR:-$PROFILES_DIR/src/main/fhir/package}"
BUILD_DIR="$PROFILES_DIR/.build"
FHIR_HOME="$BUILD_DIR/fhir-home"
PACKAGES_DIR="$FHIR_HOME/.fhir/packages"
CORE_DIR="$PACKAGES_DIR/hl7.fhir.r4.core#4.0.1"

log() { printf 'regenerate: %s\n' "$*" >&2; }
die() { printf 'regenerate: ERROR: %s\n' "$*" >&2; exit 1; }

# One run at a time per checkout: a second caller waits here until the first has finished.
mkdir -p "$BUILD_DIR"
exec 9>"$BUILD_DIR/regenerate.lock"
if ! flock -n 9; then
  log "another regenerate.sh is running in this checkout; waiting for it to finish..."
  flock 9
fi

command -v node >/dev/null || die "node is not installed (Node 18+ and npm are needed to run SUSHI)"
command -v npm >/dev/null || die "npm is not installed"

WORK_DIR="$(mktemp -d "$BUILD_DIR/work.XXXXXX")"
trap 'rm -rf "$WORK_DIR"' EXIT

# (a) SUSHI, pinned by package-lock.json. `npm ci` is skipped when node_modules was installed from the
#     very same lock file with the same Node version (the stamp records both).
STAMP="$SCRIPTS_DIR/node_modules/.carebridge-npm-ci-stamp"
WANT_STAMP="$(sha256sum "$SCRIPTS_DIR/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
if [[ ! -x "$SCRIPTS_DIR/node_modules/.bin/sushi" || ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANT_STAMP" ]]; then
  log "installing SUSHI (npm ci)"
  (cd "$SCRIPTS_DIR" && npm ci --no-audit --no-fund --loglevel=error) >&2
  printf '%s\n' "$WANT_STAMP" >"$STAMP"
fi

# (b) The R4 core package, written once from HAPI's definitions and cached. The marker records the HAPI
#     version and the writer's source it came from, so upgrading HAPI or changing the writer rewrites it.
HAPI_VERSION="$(sed -n 's:.*<hapi.fhir.version>\(.*\)</hapi.fhir.version>.*:\1:p' "$REPO_DIR/pom.xml" | head -n1)"
[[ -n "$HAPI_VERSION" ]] || die "cannot read hapi.fhir.version from $REPO_DIR/pom.xml"
WRITER_SOURCE="$PROFILES_DIR/src/test/java/org/carebridge/profiles/build/CorePackageWriter.java"
WANT_CORE="hapi-$HAPI_VERSION writer-$(sha256sum "$WRITER_SOURCE" | cut -c1-16)"
CORE_MARKER="$PACKAGES_DIR/.carebridge-core-written-from"
if [[ ! -f "$CORE_DIR/package/package.json" || ! -f "$CORE_MARKER" || "$(cat "$CORE_MARKER")" != "$WANT_CORE" ]]; then
  log "writing the R4 core package from HAPI $HAPI_VERSION into $PACKAGES_DIR (once)"
  mkdir -p "$PACKAGES_DIR"
  # antrun is skipped: it packs the committed package folder, which may not exist yet.
  (cd "$REPO_DIR" && ./mvnw -q -B -ntp -pl profiles test-compile exec:java \
      -Dmaven.antrun.skip=true -Dexec.args="$PACKAGES_DIR") >&2 \
    || die "writing the R4 core package failed (see the Maven output above)"
  printf '%s\n' "$WANT_CORE" >"$CORE_MARKER"
fi

# (b2) The declared dependencies that the FHIR package registry would provide, from ../shared (never
#      downloaded, never committed): UK Core STU2 2.0.2, extracted into the same offline package cache.
UKCORE_TGZ="${CAREBRIDGE_UKCORE_TGZ:-$REPO_DIR/../shared/ukcore-stu2/fhir.r4.ukcore.stu2-2.0.2.tgz}"
UKCORE_DIR="$PACKAGES_DIR/fhir.r4.ukcore.stu2#2.0.2"
if [[ ! -f "$UKCORE_DIR/package/package.json" ]]; then
  [[ -f "$UKCORE_TGZ" ]] || die "UK Core STU2 2.0.2 (fhir.r4.ukcore.stu2-2.0.2.tgz) is not at $UKCORE_TGZ: the profiles derive from it. Put the package there (or set CAREBRIDGE_UKCORE_TGZ), or install it into ~/.fhir/packages with a FHIR package tool and point CAREBRIDGE_UKCORE_TGZ at its .tgz"
  log "adding UK Core STU2 2.0.2 to the offline package cache from $UKCORE_TGZ"
  mkdir -p "$UKCORE_DIR.tmp"
  tar -xzf "$UKCORE_TGZ" -C "$UKCORE_DIR.tmp"
  [[ -f "$UKCORE_DIR.tmp/package/package.json" ]] || die "$UKCORE_TGZ is not a FHIR package (no package/package.json)"
  mv "$UKCORE_DIR.tmp" "$UKCORE_DIR"
fi

# (c) SUSHI on a private copy of profiles/fsh (so fsh-generated never lands in the source tree and two
#     checkouts never share output), with HOME pointing at the offline package cache.
[[ -f "$FSH_DIR/sushi-config.yaml" ]] || die "$FSH_DIR/sushi-config.yaml is missing"
for ignore in sushi-ignoreErrors.txt input/sushi-ignoreErrors.txt; do
  [[ ! -e "$FSH_DIR/$ignore" ]] || die "profiles/fsh/$ignore is not allowed: fix the FSH instead of hiding SUSHI errors"
done
mkdir -p "$WORK_DIR/fsh/input"
cp "$FSH_DIR/sushi-config.yaml" "$WORK_DIR/fsh/"
if [[ -d "$FSH_DIR/input/fsh" ]]; then
  cp -R "$FSH_DIR/input/fsh" "$WORK_DIR/fsh/input/fsh"
fi
[[ ! -f "$FSH_DIR/sushi-ignoreWarnings.txt" ]] || cp "$FSH_DIR/sushi-ignoreWarnings.txt" "$WORK_DIR/fsh/"

log "running SUSHI (offline, with snapshots)"
SUSHI_LOG="$WORK_DIR/sushi.log"
set +e
# SUSHI runs `npm view fsh-sushi version` to say whether it is the latest: keep the user's npm settings.
HOME="$FHIR_HOME" npm_config_userconfig="$HOME/.npmrc" npm_config_cache="$(npm config get cache 2>/dev/null)" \
  "$SCRIPTS_DIR/node_modules/.bin/sushi" build "$WORK_DIR/fsh" --snapshot >"$SUSHI_LOG" 2>&1
SUSHI_STATUS=$?
set -e
# Show SUSHI's problems (not its banner). Offline, SUSHI warns that it cannot load the packages it adds
# by itself (hl7.fhir.uv.tools.r4, hl7.terminology.r4, hl7.fhir.uv.extensions.r4): those are expected.
awk '/^(warn|error) /{p=1; print; next} /^[a-z]+ /{p=0} p && /^ /{print}' "$SUSHI_LOG" \
  | sed "s:$WORK_DIR/fsh:profiles/fsh:g" >&2
SUSHI_ERRORS="$(grep -Eo '[0-9]+ Errors?' "$SUSHI_LOG" | tail -n1 | grep -Eo '^[0-9]+' || true)"
if [[ "$SUSHI_STATUS" -ne 0 || "${SUSHI_ERRORS:-x}" != 0 ]] || grep -q '^error ' "$SUSHI_LOG"; then
  sed "s:$WORK_DIR/fsh:profiles/fsh:g" "$SUSHI_LOG" | tail -n 20 >&2
  die "SUSHI reported errors (exit status $SUSHI_STATUS, ${SUSHI_ERRORS:-unknown} errors); nothing was written"
fi
log "SUSHI: 0 errors, $(grep -Eo '[0-9]+ Warnings?' "$SUSHI_LOG" | tail -n1 || echo '? warnings')"

# (d) Assemble the package folder (definitions at the top, instances under examples/, package.json and
#     .index.json), deterministically.
node "$SCRIPTS_DIR/assemble-package.mjs" "$WORK_DIR/fsh/fsh-generated/resources" \
  "$FSH_DIR/sushi-config.yaml" "$WORK_DIR/out" >&2

if [[ "$MODE" == check ]]; then
  # (e) Staleness check: the committed folder must be exactly what the FSH compiles to.
  if [[ ! -d "$COMMITTED_DIR" ]]; then
    die "profiles/src/main/fhir/package does not exist; run profiles/scripts/regenerate.sh and commit the result"
  fi
  if ! diff -r "$WORK_DIR/out/package" "$COMMITTED_DIR" >"$WORK_DIR/diff.txt" 2>&1; then
    sed -e "s:$WORK_DIR/out/package:generated:g" -e "s:$PROFILES_DIR/::g" "$WORK_DIR/diff.txt" | head -n 60 >&2
    die "profiles/src/main/fhir/package is STALE: it differs from what profiles/fsh compiles to (diff above;
    generated = fresh SUSHI output). Run profiles/scripts/regenerate.sh and commit profiles/src/main/fhir."
  fi
  log "profiles/src/main/fhir/package is up to date with profiles/fsh"
  exit 0
fi

# Replace the committed folder as a whole (so deleted FSH leaves no stale file behind).
mkdir -p "$(dirname "$COMMITTED_DIR")"
rm -rf "$COMMITTED_DIR.old"
if [[ -d "$COMMITTED_DIR" ]]; then
  mv "$COMMITTED_DIR" "$COMMITTED_DIR.old"
fi
mv "$WORK_DIR/out/package" "$COMMITTED_DIR"
rm -rf "$COMMITTED_DIR.old"
log "wrote ${COMMITTED_DIR#"$REPO_DIR/"} ($(find "$COMMITTED_DIR" -type f -name '*.json' ! -name '.index.json' ! -name package.json | wc -l) resources)"
