#!/usr/bin/env bash
# Checks what the Windows and macOS release archives hold, since they cannot run here: each has its system's SWT
# fragment (and no other's) installed in its configuration, its launchers and its config; Windows's launchers have
# CRLF line ends; the macOS app starts Java with -XstartOnFirstThread, and its way of finding Java (run here with bash)
# takes a Java 21 or newer and says plainly where to get one otherwise. The Linux archive gets the GTK fragment only.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
. "$here/releng/scripts/find-jdk.sh"
hjp_find_jdk >&2
fail() { echo "release-content-check: $*" >&2; exit 1; }
releases="$here/releng/org.hjp.workbench.release/target/releases"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The bundles installed in a product, as its simple configurator lists them.
installed() { cut -d, -f1 "$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | grep -v '^#'; }
only_fragment() {
  local product="$1" wanted="$2" list
  list=$(installed "$product" | grep '^org\.eclipse\.swt\.' | grep -v '^org\.eclipse\.swt\.svg$' || true)
  [ "$list" = "$wanted" ] || fail "$product installs the SWT fragments '$list', not only $wanted"
  ls "$product"/plugins/"$wanted"_*.jar >/dev/null 2>&1 || fail "$product has no $wanted jar"
  [ -f "$product/configuration/config.ini" ] || fail "$product has no configuration/config.ini"
  [ -f "$product/legal/third-party.tsv" ] || fail "$product has no third-party list"
}

linux=$(ls "$releases"/hjp-workbench-*-linux-x86_64.tar.gz) || fail "no Linux archive"
mkdir "$work/linux" && tar -C "$work/linux" -xzf "$linux"
only_fragment "$(echo "$work"/linux/*)" org.eclipse.swt.gtk.linux.x86_64

windows=$(ls "$releases"/hjp-workbench-*-windows-x86_64.zip) || fail "no Windows archive"
mkdir "$work/windows" && (cd "$work/windows" && "$JAVA_HOME/bin/jar" xf "$windows")
app=$(echo "$work"/windows/*)
only_fragment "$app" org.eclipse.swt.win32.win32.x86_64
for file in "HJP Workbench.cmd" hjp.cmd lib/find-java.cmd lib/run-workbench.cmd lib/cli-logging.properties hjp-workbench.ico README.txt LICENSE.txt; do
  [ -f "$app/$file" ] || fail "the Windows archive has no $file"
done
for file in "HJP Workbench.cmd" hjp.cmd lib/find-java.cmd lib/run-workbench.cmd README.txt; do
  [ "$(grep -c $'\r$' "$app/$file")" -eq "$(wc -l < "$app/$file")" ] || fail "$file in the Windows archive does not have CRLF line ends"
done
grep -q 'javaw' "$app/lib/find-java.cmd" && grep -q 'Java of version 21 or newer' "$app/lib/find-java.cmd" && grep -q 'amd64' "$app/lib/find-java.cmd" || fail "find-java.cmd does not say what Java it needs"
for file in lib/run-workbench.cmd hjp.cmd; do
  grep -q 'findstr /b /c:"org.eclipse.equinox.launcher,"' "$app/$file" || fail "$file does not take the Equinox launcher its configuration names"
done
grep -q '^org\.eclipse\.equinox\.launcher,.*,plugins/org\.eclipse\.equinox\.launcher_' "$app/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the Windows configuration names no Equinox launcher"

macos=$(ls "$releases"/hjp-workbench-*-macos-aarch64.tar.gz) || fail "no macOS archive"
mkdir "$work/macos" && tar -C "$work/macos" -xzf "$macos"
top=$(echo "$work"/macos/*)
contents="$top/HJP Workbench.app/Contents"
only_fragment "$contents/Eclipse" org.eclipse.swt.cocoa.macosx.aarch64
grep -q '<key>CFBundleExecutable</key><string>hjp-workbench</string>' "$contents/Info.plist" || fail "Info.plist names no executable"
version=$(basename "$macos" | sed 's/hjp-workbench-\(.*\)-macos-aarch64.tar.gz/\1/')
grep -q "<string>$version</string>" "$contents/Info.plist" || fail "Info.plist does not give the version $version"
[ -x "$contents/MacOS/hjp-workbench" ] && [ -x "$top/hjp" ] || fail "the macOS launchers are not executable"
grep -q -- '-XstartOnFirstThread' "$contents/MacOS/hjp-workbench" || fail "the macOS launcher does not start Java on the first thread"
[ -f "$contents/Resources/hjp-workbench.icns" ] || fail "the app has no icon"
for script in "$contents/MacOS/hjp-workbench" "$top/hjp" "$contents/Resources/find-java.sh"; do
  bash -n "$script" || fail "$script is not valid shell"
done
# The macOS way of finding Java, run here: /usr/libexec/java_home is missing, as on a Mac without any Java.
found=$(HJP_JAVA_HOME="$JAVA_HOME" JAVA_HOME= bash -c ". \"$contents/Resources/find-java.sh\"; hjp_find_java; echo \"\$java\"") \
  || fail "find-java.sh refused the Java 21+ in $JAVA_HOME"
[ "$found" = "$JAVA_HOME/bin/java" ] || fail "find-java.sh found $found"
set +e
message=$(HJP_JAVA_HOME= JAVA_HOME= PATH=/usr/bin:/bin bash -c ". \"$contents/Resources/find-java.sh\"; hjp_find_java" 2>&1); code=$?
set -e
[ "$code" -eq 1 ] && [[ "$message" == *"needs Java 21 or newer"*"adoptium.net"* ]] || fail "without Java, find-java.sh said ($code): $message"
echo "release-content-check: the Windows and macOS archives hold their system's SWT, launchers and configuration" >&2
