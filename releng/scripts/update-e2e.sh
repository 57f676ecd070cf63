#!/usr/bin/env bash
# End-to-end test of updating the workbench: this source tree is built again as version 0.2.0 (signed with the same
# key) into an update site; in a copy of the built product 0.1.0, with the example instrument installed, the updater
# behind Help > Check for Updates finds and installs 0.2.0; after a restart the workbench is 0.2.0, its partnership
# and plug-in untouched; it goes back to the previous version, and after another restart it is 0.1.0 again.
# The steps run inside the product from the bundle tests/org.hjp.workbench.e2e (UpdateSteps).
# Needs a display with a window manager (run-tests provides one), and the build's Maven repository (it builds offline).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
fail() { echo "update-e2e: $*" >&2; exit 1; }

. "$here/releng/scripts/product-copy.sh"
site="$here/releng/org.hjp.workbench.repository/target/repository"
key="$here/target/signing/build-signing.p12"
[ -d "$site" ] && [ -f "$key" ] || fail "build the update site first (./mvnw verify)"

work=$(mktemp -d)
keep="$here/releng/org.hjp.workbench.repository/target/update-e2e"
trap 'mkdir -p "$keep"; cp "$work"/*.txt "$work"/*.log "$work"/*.png "$keep"/ 2>/dev/null || true; rm -rf "$work"' EXIT

# The newer build: the sources as they are, every 0.1.0 made 0.2.0, built offline with the same signing key.
newer="$work/newer"
mkdir -p "$newer/target/signing"
tar -C "$here" --exclude=./.git --exclude=./target --exclude='*/target' --exclude='.polyglot.*' -cf - . | tar -C "$newer" -xf -
cp "$key" "$newer/target/signing/"
find "$newer" -type f \( -name MANIFEST.MF -o -name feature.xml -o -name '*.product' \) -exec sed -i 's/0\.1\.0\.qualifier/0.2.0.qualifier/g' {} +
find "$newer" -type f -name pom.xml -exec sed -i 's/0\.1\.0-SNAPSHOT/0.2.0-SNAPSHOT/g' {} +
echo "update-e2e: building version 0.2.0 of the workbench (a few minutes)" >&2
(cd "$newer" && ./mvnw -o -q verify -DskipTests -pl releng/org.hjp.workbench.repository -am) >"$work/build-0.2.0.log" 2>&1 \
  || { tail -n 30 "$work/build-0.2.0.log" >&2; fail "the 0.2.0 build failed"; }
newer_site="$newer/releng/org.hjp.workbench.repository/target/repository"
ls "$newer_site"/plugins/org.hjp.workbench.core_0.2.0.*.jar >/dev/null || fail "the 0.2.0 site has no core bundle 0.2.0"

hjp_product_copy "$work/product" || fail "no product to test"
mkdir -p "$work/home"
cp "$here/bundles/org.hjp.workbench.core/sample/riverbend.hjp" "$work/riverbend.hjp"
run_step() {
  hjp_run_step update-e2e "$work" "$1" -Dhjp.e2e.site="$site" -Dhjp.update.site="$newer_site" \
    || fail "the step '$1' failed; its log and screenshot are in $keep"
}
before=$(sha1sum < "$work/riverbend.hjp")
run_step update
run_step updated
run_step back
[ "$(sha1sum < "$work/riverbend.hjp")" = "$before" ] || fail "updating changed the partnership file"
echo "update-e2e: the workbench updates from 0.1.0 to 0.2.0 with its plug-in and partnership, and goes back" >&2
