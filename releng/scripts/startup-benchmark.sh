#!/usr/bin/env bash
# Whole-process startup: the time from launching java to the first visible window showing the sample partnership
# (its name in the title), against the bare e4 application built in the same reactor on the same platform
# runtime (tests/org.hjp.workbench.tests.bare, product releng/org.hjp.workbench.bare.product). Launches alternate between the two so that a busy moment of the
# machine falls on both. With JDK 25 or newer each is also measured with an AOT cache made by a training run.
# Writes tab-separated lines: app, mode, run, milliseconds. Needs a display and xdotool.
# Usage: startup-benchmark.sh RUNS OUTPUT.tsv
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
runs=${1:-10}
out=${2:-/dev/stdout}
fail() { echo "startup-benchmark: $*" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || fail "it needs a display"

. "$here/releng/scripts/product.sh"
workbench="$hjp_product"
bare="$here/releng/org.hjp.workbench.bare.product/target/products/org.hjp.workbench.bare.product/linux/gtk/x86_64"
[ -d "$workbench" ] && [ -d "$bare" ] || fail "build first (./mvnw verify -DskipTests)"

work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$workbench" "$work/workbench"
cp -r "$bare" "$work/bare"
cp "$here/bundles/org.hjp.workbench.core/sample/riverbend.hjp" "$work/Riverbend.hjp"
jdk_major=$(hjp_jdk_version "$JAVA_HOME")

title_of() { case $1 in workbench) echo "Riverbend" ;; bare) echo "Bare e4 application" ;; esac; }

# Starts one app, waits for its window, prints the milliseconds it took, then closes the window as a user would
# (Alt+F4), so that the platform keeps its caches (the extension registry's) and a training run writes its AOT
# cache; a process still there after ten seconds is stopped for good.
launch() {
  local app=$1 extra=$2 start now args=()
  [ "$app" = workbench ] && args=("$work/Riverbend.hjp")
  rm -rf "$work/data" "$work/home"; mkdir -p "$work/data" "$work/home"
  start=$(date +%s%N)
  (cd "$work/$app" && exec "$JAVA_HOME/bin/java" -Xmx1g $extra -Duser.home="$work/home" \
     -jar plugins/org.eclipse.equinox.launcher_*.jar -data "$work/data" "${args[@]}") \
     >"$work/$app.log" 2>&1 &
  pid=$!
  local title window; title=$(title_of "$app")
  until window=$(xdotool search --onlyvisible --name "$title" 2>/dev/null); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/$app.log" >&2; fail "$app stopped before showing its window"; }
    now=$(date +%s%N)
    [ $(( (now - start) / 1000000 )) -lt 120000 ] || fail "$app showed no window within two minutes"
    sleep 0.01
  done
  now=$(date +%s%N)
  echo $(( (now - start) / 1000000 ))
  sleep 0.5
  xdotool windowactivate --sync "${window%%$'\n'*}" key alt+F4 >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

modes=(plain)
if [ "$jdk_major" -ge 25 ]; then
  modes+=(aot)
  for app in bare workbench; do
    launch "$app" "-XX:AOTCacheOutput=$work/$app.aot" >/dev/null
    [ -f "$work/$app.aot" ] || { echo "startup-benchmark: the training run of $app wrote no AOT cache; AOT left out" >&2; modes=(plain); }
  done
fi
# One start of each before measuring: the first start of a product fills its OSGi configuration cache.
for app in bare workbench; do launch "$app" "" >/dev/null; done

echo -e "app\tmode\trun\tmilliseconds" >"$out"
for run in $(seq 1 "$runs"); do
  for mode in "${modes[@]}"; do
    for app in bare workbench; do
      extra=""
      [ "$mode" = aot ] && extra="-XX:AOTCache=$work/$app.aot"
      echo -e "$app\t$mode\t$run\t$(launch "$app" "$extra")" >>"$out"
    done
  done
  echo "startup-benchmark: round $run of $runs" >&2
done
