#!/usr/bin/env bash
# End-to-end test of plug-in installation: in a copy of the built product, started as users start it, the
# example instrument (not signed) is refused when the user answers "Don't Install" to the trust question, then
# installed from the zipped update site through Help > Plug-ins with "Install Anyway" and offered for a new round
# at once; after a restart it is still there and is uninstalled; after another restart it is still gone, and the SDK,
# signed by the build that made the product, installs without a trust question.
# Before that, the plug-in template (templates/instrument-plugin) is built as an outside organisation builds it: from a
# copy outside the repository, with this repository's Maven, against the update site just built (offline when the
# build that runs this script is: product.checks passes --maven-offline=true|false and --maven-repo=DIR, the local
# repository; run by hand, it builds online with the default local repository); its plug-in is then
# installed through Help > Plug-ins, used and uninstalled. A copy of the template with a misspelt attribute must fail
# to build, naming the file and the line: the instrument checker runs in the template's build.
# The steps run inside the product from the bundle tests/org.hjp.workbench.e2e, added to the copy only.
# Needs a display with a window manager and xdotool (run-tests provides them).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
fail() { echo "plugin-install-e2e: $*" >&2; exit 1; }

maven_offline=false
maven_repo=
for arg in "$@"; do
  case "$arg" in
    --maven-offline=*) maven_offline=${arg#*=} ;;
    --maven-repo=*) maven_repo=${arg#*=} ;;
    *) fail "unknown argument $arg (it takes --maven-offline=true|false and --maven-repo=DIR)" ;;
  esac
done

. "$here/releng/scripts/product-copy.sh"
site="$here/releng/org.hjp.workbench.repository/target/repository"
[ -d "$site" ] || fail "build the update site first (./mvnw verify)"

work=$(mktemp -d)
keep="$here/releng/org.hjp.workbench.repository/target/e2e"
trap 'mkdir -p "$keep"; cp "$work"/*.txt "$work"/*.log "$work"/*.png "$keep"/ 2>/dev/null || true; rm -rf "$work"' EXIT
hjp_product_copy "$work/product" || fail "no product to test"
mkdir -p "$work/home"
(cd "$site" && "$JAVA_HOME/bin/jar" cMf "$work/site.zip" .)
cp "$here/bundles/org.hjp.workbench.core/sample/riverbend.hjp" "$work/riverbend.hjp"

run_step() {
  hjp_run_step plugin-install-e2e "$work" "$1" -Dhjp.e2e.site="$work/site.zip" -Dhjp.e2e.template.site="${template_site:-}" ||
    fail "the step '$1' failed; its log and screenshot are in $keep"
}

# template_build FOLDER LOG: builds a copy of the template with ./mvnw against the update site; fails when the build does.
template_build() {
  local args=(-B -f "$1/pom.xml" -Dhjp.site="file:$site")
  [ "$maven_offline" = true ] && args+=(-o)
  [ -n "$maven_repo" ] && args+=(-Dmaven.repo.local="$maven_repo")
  "$here/mvnw" "${args[@]}" verify >"$2" 2>&1
}

started=$SECONDS
cp -r "$here/templates/instrument-plugin" "$work/template"
rm -rf "$work/template/target" "$work/template"/*/target
cp -r "$work/template" "$work/template-broken"
template_build "$work/template" "$work/template-build.log" || {
  tail -n 60 "$work/template-build.log" >&2; fail "the plug-in template did not build; its log is in $keep/template-build.log"; }
grep -q 'Service coordination check (org.example.coordination-check, version 1.0) can be used' "$work/template-build.log" ||
  fail "the template's build did not run the instrument checker (no instrument said to be usable in $keep/template-build.log)"
template_site=$(ls "$work"/template/site/target/coordination-check-site-*.zip 2>/dev/null | head -n 1)
[ -f "$template_site" ] || fail "the template's build made no zipped update site in site/target"
echo "plugin-install-e2e: the plug-in template builds outside the repository against the update site, and its checker passes it" >&2

definition=bundle/instruments/coordination-check.instrument
sed -i '0,/ text="/s// txet="/' "$work/template-broken/$definition"
line=$(grep -n ' txet="' "$work/template-broken/$definition" | head -n 1 | cut -d: -f1)
if template_build "$work/template-broken" "$work/template-broken-build.log"; then
  fail "a template with a misspelt attribute built; the instrument checker did not stop it ($keep/template-broken-build.log)"
fi
grep -Eq "coordination-check\.instrument:$line: .*txet" "$work/template-broken-build.log" || {
  tail -n 40 "$work/template-broken-build.log" >&2
  fail "the failed build of a template with a misspelt attribute did not name the file and line $line"; }
echo "plugin-install-e2e: a template with a misspelt attribute fails to build, naming the file and line $line" \
  "(both builds took $((SECONDS - started)) s)" >&2

run_step install
run_step restart
run_step gone
run_step template
run_step stage
run_step stage-gone
echo "plugin-install-e2e: the example instrument installs from the update site, is used, survives a restart and uninstalls; the template's plug-in installs, is used and uninstalls; a stage that came with the workbench uninstalls on its own" >&2
