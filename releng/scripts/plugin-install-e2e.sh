#!/usr/bin/env bash
# End-to-end test of plug-in installation: in a copy of the built product, started as users start it, the
# example instrument (not signed) is refused when the user answers "Don't Install" to the trust question, then
# installed from the zipped update site through Help > Plug-ins with "Install Anyway" and offered for a new round
# at once; after a restart it is still there and is uninstalled; after another restart it is still gone, and the SDK,
# signed by the build that made the product, installs without a trust question.
# The steps run inside the product from the bundle tests/org.hjp.workbench.e2e, added to the copy only.
# Needs a display with a window manager and xdotool (run-tests provides them).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
fail() { echo "plugin-install-e2e: $*" >&2; exit 1; }

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
  hjp_run_step plugin-install-e2e "$work" "$1" -Dhjp.e2e.site="$work/site.zip" || fail "the step '$1' failed; its log and screenshot are in $keep"
}

run_step install
run_step restart
run_step gone
run_step stage
run_step stage-gone
echo "plugin-install-e2e: the example instrument installs from the update site, is used, survives a restart and uninstalls; a stage that came with the workbench uninstalls on its own" >&2
