#!/usr/bin/env bash
# Checks run-workbench's AOT cache on JDK 25 or newer: the first start records one and writes it when the window is
# closed; the next start uses it and shows the partnership. Needs a display and xdotool (run-tests gives both).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
fail() { echo "aot-cache-check: $*" >&2; exit 1; }
if [ "$(hjp_jdk_version "$JAVA_HOME")" -lt 25 ]; then
  echo "aot-cache-check: JDK older than 25, which has no AOT cache; nothing to check" >&2
  exit 0
fi
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
cp "$here/bundles/org.hjp.workbench.core/sample/riverbend.hjp" "$work/Riverbend.hjp"
mkdir -p "$work/home"

# Starts the workbench through run-workbench, waits for its window, notes how the JVM was asked to use the cache,
# then closes the window as a user would.
start_and_close() {
  local log=$1 window java_args=""
  HOME="$work/home" XDG_CACHE_HOME="$work/cache" "$here/run-workbench" "$work/Riverbend.hjp" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    window=$(xdotool search --onlyvisible --name "Riverbend" 2>/dev/null | head -1) && break
    kill -0 "$pid" 2>/dev/null || fail "the workbench stopped before showing its window: $(tail -5 "$log")"
    sleep 0.1
  done
  [ -n "${window:-}" ] || fail "no window within two minutes"
  java_args=$(ps -o args= --ppid "$pid" | grep -o -- '-XX:AOTCache[A-Za-z]*=[^ ]*' || true)
  sleep 1
  xdotool windowactivate --sync "$window" key alt+F4 >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && fail "the workbench did not close"
  wait "$pid" || fail "run-workbench exited with $?: $(tail -5 "$log")"
  pid=""
  echo "$java_args"
}

first=$(start_and_close "$work/first.log")
case "$first" in -XX:AOTCacheOutput=*) ;; *) fail "the first start did not record a cache (JVM given: '$first')" ;; esac
cache=$(ls "$work/cache/hjp-workbench/"workbench-*.aot 2>/dev/null) || fail "no cache was written: $(ls -R "$work/cache" 2>&1)"
[ -s "$cache" ] || fail "the cache is empty"
ls "$work/cache/hjp-workbench/" | grep -q '\.part' && fail "a partial cache was left behind"
second=$(start_and_close "$work/second.log")
[ "$second" = "-XX:AOTCache=$cache" ] || fail "the second start did not use the cache (JVM given: '$second')"
echo "aot-cache-check: the first start records an AOT cache, the next one starts from it" >&2
