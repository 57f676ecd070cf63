#!/usr/bin/env bash
# Crash trials: kills the command line and the product with SIGKILL at random moments while they save a generated
# partnership of 10k objects, again and again, and after each kill checks that the file opens holding the old or the
# new content and that its backup is whole. Writes one tab-separated line per process to OUTPUT and fails if
# anything was lost.
# The command line runs `hjp upgrade` on the same file twenty times over (each time load, save); the product runs
# the save-loop step of tests/org.hjp.workbench.e2e (rename, File > Save's action, again), killed at a random moment
# after its first save or, every other time, a few milliseconds after a save begins. A kill counts as
# "while writing" when the half-written temporary file of a save is left behind.
# Usage: crash-trials.sh KILLS OUTPUT.tsv. Needs a display for the product (run-tests and run-benchmarks give one).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
. "$here/releng/scripts/product-copy.sh"
kills=${1:-50}
out=${2:-/dev/stdout}
fail() { echo "crash-trials: $*" >&2; exit 1; }
bench="$here/releng/org.hjp.workbench.benchmarks/target"
[ -f "$bench/class-path.txt" ] || fail "build first (./mvnw verify -DskipTests)"
cp="$bench/classes:$(cat "$bench/class-path.txt")"
java_tool() { "$JAVA_HOME/bin/java" -cp "$cp" "org.hjp.workbench.benchmarks.$@"; }

work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
random_ms() { echo $(( $1 + ((RANDOM << 15) | RANDOM) % ($2 - $1 + 1) )); }
temp_left() { ls -A "$work/$1" | grep -q '\.saving$'; }

java_tool GenerateFile 10000 "$work/generated.hjp"
# ./hjp builds the workbench first when the sources are newer than it: that must not happen during a trial.
"$here/hjp" help >/dev/null
mkdir -p "$(dirname "$out")"
echo -e "process\tkills\tkilled while writing\tfile opens, old or new content\tbackup whole\tanything lost" >"$out"

# --- The command line: old = the file with a changed layout, new = as this version writes it.
mkdir -p "$work/cli"
sed '1a\
' "$work/generated.hjp" >"$work/old.hjp"
cp "$work/old.hjp" "$work/cli/plan.hjp"
files=(); for _ in $(seq 1 20); do files+=("$work/cli/plan.hjp"); done
start=$(date +%s%N)
"$here/hjp" upgrade "${files[@]}" >/dev/null 2>"$work/cli.log" || { cat "$work/cli.log" >&2; fail "hjp upgrade failed without a kill"; }
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp "$work/cli/plan.hjp" "$work/new.hjp"
cmp -s "$work/old.hjp" "$work/new.hjp" && fail "the old and the new content do not differ"
writing=0; file_ok=0; backup_ok=0; lost=0
for k in $(seq 1 "$kills"); do
  rm -rf "$work/cli"; mkdir -p "$work/cli"; cp "$work/old.hjp" "$work/cli/plan.hjp"
  "$here/hjp" upgrade "${files[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$(random_ms $((full_ms / 3)) "$full_ms")" 'BEGIN { print ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
  temp_left cli && writing=$((writing + 1))
  f="$work/cli/plan.hjp" b="$work/cli/plan.hjp.bak"
  ok=true
  if cmp -s "$f" "$work/old.hjp" || cmp -s "$f" "$work/new.hjp"; then file_ok=$((file_ok + 1)); else ok=false; fi
  if [ ! -e "$b" ] && cmp -s "$f" "$work/old.hjp" || cmp -s "$b" "$work/old.hjp" || cmp -s "$b" "$work/new.hjp"; then
    backup_ok=$((backup_ok + 1)); else ok=false; fi
  $ok || { lost=$((lost + 1)); cp -r "$work/cli" "$work/lost-cli-$k"; echo "crash-trials: command line, kill $k: damaged" >&2; }
done
echo -e "command line (hjp upgrade)\t$kills\t$writing\t$file_ok\t$backup_ok\t$lost" >>"$out"
echo "crash-trials: command line: $kills kills, $writing while writing, $lost lost" >&2
total_lost=$lost

# --- The product: save-loop in a copy with the test bundles.
if [ -n "${DISPLAY:-}" ]; then
  hjp_product_copy "$work/product" || fail "no product"
  original="Generated partnership of 10000 objects"
  writing=0; file_ok=0; backup_ok=0; lost=0
  for k in $(seq 1 "$kills"); do
    rm -rf "$work/gui" "$work/home"; mkdir -p "$work/gui" "$work/home"; cp "$work/generated.hjp" "$work/gui/plan.hjp"
    hjp_add_test_bundles "$work/product"
    [ $((k % 10)) -eq 0 ] && echo "crash-trials: product, kill $k of $kills" >&2
    (cd "$work/product" && exec "$JAVA_HOME/bin/java" -Xmx1g -Duser.home="$work/home" -Dhjp.e2e.step=save-loop \
       -Dhjp.e2e.result="$work/progress.txt" -jar plugins/org.eclipse.equinox.launcher_*.jar -data "$work/home/data" \
       "$work/gui/plan.hjp") >"$work/product.log" 2>&1 &
    pid=$!
    rm -f "$work/progress.txt"
    for _ in $(seq 1 1200); do grep -q '^done' "$work/progress.txt" 2>/dev/null && break; sleep 0.1; done
    grep -q '^done' "$work/progress.txt" 2>/dev/null || { tail -30 "$work/product.log" >&2; cat "$work/progress.txt" >&2 2>/dev/null; fail "the product did not save within two minutes"; }
    if [ $((k % 2)) -eq 1 ]; then
      sleep "$(awk -v ms="$(random_ms 0 1500)" 'BEGIN { print ms / 1000 }')"
    else
      # Every other kill waits for a save to begin and comes into it: the content is taken in memory first (some tens
      # of milliseconds for 10k objects), then written and forced to disk, so the kill falls anywhere in 0-150 ms.
      for _ in $(seq 1 2000); do tail -n 1 "$work/progress.txt" | grep -q '^begin' && break; sleep 0.002; done
      sleep "$(awk -v ms="$(random_ms 0 150)" 'BEGIN { print ms / 1000 }')"
    fi
    kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
    temp_left gui && writing=$((writing + 1))
    verdict=$(java_tool CrashCheck "$work/gui/plan.hjp" "$work/progress.txt" "$original")
    case "$verdict" in
      ok*) file_ok=$((file_ok + 1)); backup_ok=$((backup_ok + 1)) ;;
      *) lost=$((lost + 1)); echo "crash-trials: product, kill $k: $verdict" >&2 ;;
    esac
  done
  echo -e "product (File > Save)\t$kills\t$writing\t$file_ok\t$backup_ok\t$lost" >>"$out"
  echo "crash-trials: product: $kills kills, $writing while writing, $lost lost" >&2
  total_lost=$((total_lost + lost))
else
  echo "crash-trials: no display, so the product was not tried" >&2
fi
[ "$total_lost" -eq 0 ] || fail "$total_lost kills left a damaged file or backup"
