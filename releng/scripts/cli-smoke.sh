#!/usr/bin/env bash
# Runs the built command line as users do (./hjp, through the product's launcher) and checks its exit codes
# and output: the in-process tests cover each command; this covers the launcher, the application and the
# exit code passing through Equinox. HJP_COMMAND names another hjp to check (the release check gives the
# release archive's).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "cli-smoke: $*" >&2; exit 1; }
hjp="${HJP_COMMAND:-$here/hjp}"

cp "$here/bundles/org.hjp.workbench.core/sample/riverbend.hjp" "$work/riverbend.hjp"
out=$("$hjp" validate "$work/riverbend.hjp" 2>"$work/err") || fail "validate of the sample exited with $? ($(cat "$work/err"))"
[ "$(printf '%s\n' "$out" | grep -c $'\twarning\t')" -eq 6 ] || fail "validate printed: $out"

echo "not a partnership" > "$work/bad.hjp"
set +e
"$hjp" rollup "$work" >"$work/out" 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "rollup over a folder with a bad file exited with $code, not 2"
tr -d '\r' <"$work/out" | grep -qx 'partnerships,,1' || fail "rollup printed: $(cat "$work/out")"
grep -q "^hjp: $work/bad.hjp: " "$work/err" || fail "rollup did not name the bad file: $(cat "$work/err")"

# The MOU, PDF and workbook exports use libraries that log through the Log4j API, which finds its provider through the
# ServiceLoader mediator: the product does not start it at launch, so these exports must, or Log4j complains.
mkdir "$work/out-files"
"$hjp" export --format mou-docx --out "$work/out-files" "$work/riverbend.hjp" >/dev/null 2>"$work/err" \
  || fail "export to mou-docx exited with $? ($(cat "$work/err"))"
"$hjp" export --format report-pdf --out "$work/out-files" "$work/riverbend.hjp" >/dev/null 2>>"$work/err" \
  || fail "export to report-pdf exited with $? ($(cat "$work/err"))"
"$hjp" export --format xlsx --out "$work/out-files" "$work/riverbend.hjp" >/dev/null 2>>"$work/err" \
  || fail "export to xlsx exited with $? ($(cat "$work/err"))"
"$hjp" -q export --format questionnaires --out "$work/out-files" "$work/riverbend.hjp" >"$work/out-questionnaires" 2>"$work/err-questionnaires" \
  || fail "export to questionnaires exited with $? ($(cat "$work/err-questionnaires"))"
[ ! -s "$work/err-questionnaires" ] && ! grep -qiv "riverbend-questionnaires.zip" "$work/out-questionnaires" \
  || fail "the questionnaires export printed: $(cat "$work/out-questionnaires" "$work/err-questionnaires")"
[ -s "$work/out-files/riverbend-mou.docx" ] && [ -s "$work/out-files/riverbend-plan.pdf" ] && [ -s "$work/out-files/riverbend-tables.xlsx" ] \
  && [ -s "$work/out-files/riverbend-questionnaires.zip" ] \
  || fail "the exports wrote: $(ls "$work/out-files")"
! grep -qi "log4j" "$work/err" || fail "an export's libraries could not log: $(cat "$work/err")"
workbook=$(sha256sum <"$work/out-files/riverbend-tables.xlsx")
set +e
"$hjp" export --format xlsx --out "$work/out-files" "$work/riverbend.hjp" >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 2 ] && [ "$(sha256sum <"$work/out-files/riverbend-tables.xlsx")" = "$workbook" ] \
  || fail "a second xlsx export without --force exited with $code or changed the workbook"

# hjp instrument pack runs p2's publisher in the product: the site it writes must be one the check reads back.
mkdir "$work/pack"
"$hjp" -q instrument pack --out "$work/pack" "$here/templates/instrument-plugin/bundle/instruments" >"$work/out-pack" 2>"$work/err" \
  || fail "instrument pack of the template's instrument exited with $? ($(cat "$work/err"))"
[ -s "$work/pack/org.example.coordination-check-site.zip" ] || fail "instrument pack wrote: $(ls "$work/pack"; cat "$work/out-pack")"
"$hjp" instrument check "$work/pack/org.example.coordination-check-site.zip" >/dev/null 2>"$work/err" \
  || fail "the packed site does not pass instrument check ($(cat "$work/err"))"

# hjp repo loads the PostgreSQL driver in the product: with no server on the port, it says so plainly (exit 2).
set +e
PGPASSWORD=unused "$hjp" repo list --host 127.0.0.1 --port 1 --database hjp --user nobody --sslmode disable >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] && grep -q "cannot be reached" "$work/err" || fail "repo list with no server exited with $code: $(cat "$work/err")"

set +e
"$hjp" frobnicate >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 64 ] || fail "an unknown command exited with $code, not 64"

# What picocli reads must reach it through Equinox's launcher, which takes arguments of its own.
version=$("$hjp" --version 2>"$work/err") || fail "--version exited with $? ($(cat "$work/err"))"
[[ "$version" =~ ^hjp\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "--version printed: $version"
cp "$work/riverbend.hjp" "$work/-draft.hjp"
out=$(cd "$work" && "$hjp" -q validate --format=json -- -draft.hjp riverbend.hjp 2>"$work/err") \
  || fail "validate -- -draft.hjp exited with $? ($(cat "$work/err"))"
! grep -q '^\[1/2\]' "$work/err" || fail "validate -q still showed its progress: $(cat "$work/err")"
[ "$(printf '%s\n' "$out" | grep -c '"rule" : ')" -eq 12 ] || fail "validate --format=json printed: $out"
"$hjp" help export 2>/dev/null | grep -q -- '--force' || fail "hjp help export does not show export's options"
"$hjp" completion 2>/dev/null | grep -q '^complete -F .* hjp' || fail "hjp completion printed no bash completion"
echo "cli-smoke: the command line works through $hjp" >&2
