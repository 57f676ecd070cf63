#!/usr/bin/env bash
# Makes the release archives from the built products (releng/release holds what goes into them besides the product):
# - Linux x86_64 (.tar.gz): the product with a Java runtime made by jlink from the build's JDK (only the modules the
#   workbench needs), the launchers hjp-workbench and hjp, install.sh, icons, desktop entry and file type;
# - Windows x86_64 (.zip): the product with "HJP Workbench.cmd" and hjp.cmd, which find a Java 21 or newer;
# - macOS Apple silicon (.tar.gz): HJP Workbench.app (the product in Contents/Eclipse) and hjp, likewise.
# Run by the build (releng/org.hjp.workbench.release) with the JDK that runs Maven:
#   release-archives.sh <JDK> <output folder>
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
jdk="$1"
mkdir -p "$2"
out=$(cd "$2" && pwd)
products="$here/releng/org.hjp.workbench.repository/target/products/org.hjp.workbench.product"
release="$here/releng/release"
fail() { echo "release-archives: $*" >&2; exit 1; }

# The Java modules the workbench uses: what jdeps finds in the product's jars, and jdk.unsupported (PDFBox uses
# sun.misc), jdk.localedata (dates in the user's language), jdk.charsets and jdk.zipfs, found by running it
# (docs/notes/kept-layout-and-jlink-research.md).
modules=java.base,java.desktop,java.management,java.naming,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.xml.dom,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs

product_of() {
  local product="$products/$1"
  [ -f "$product/configuration/config.ini" ] || fail "the product for $1 is not built in $product"
  echo "$product"
}
linux=$(product_of linux/gtk/x86_64)
windows=$(product_of win32/win32/x86_64)
macos=$(product_of macosx/cocoa/aarch64/Eclipse.app/Contents/Eclipse)
version=$(ls "$linux"/plugins/org.hjp.workbench.core_*.jar | sed -n 's/.*org\.hjp\.workbench\.core_\([0-9]*\.[0-9]*\.[0-9]*\)\..*/\1/p' | head -n 1)
[ -n "$version" ] || fail "no version found in $linux/plugins"
rm -rf "$out/stage" "$out"/hjp-workbench-*
mkdir -p "$out/stage"

# Copies a product into a folder of the archive (the launchers are ours, so eclipse.ini is not needed).
stage_product() {
  local product="$1" folder="$2"
  mkdir -p "$folder"
  cp -a "$product/." "$folder/"
  rm -f "$folder/eclipse.ini"
}
readme() {
  cat "$release/README-intro.txt" "$release/$1/usage.txt"
}
# Windows reads its text files with CRLF line ends.
crlf() {
  sed 's/$/\r/' "$1" > "$2"
}

# Linux: the runtime is made once per JDK and module list, and reused by later builds.
runtime_key=$({ echo "$modules"; cat "$jdk/release"; } | sha1sum | cut -c1-12)
runtime="$out/jlink-$runtime_key"
if [ ! -x "$runtime/bin/java" ]; then
  rm -rf "$out"/jlink-*
  # Before Java 22 the elliptic-curve ciphers of HTTPS are a module of their own.
  if "$jdk/bin/java" --list-modules | grep -q '^jdk\.crypto\.ec@'; then modules="$modules,jdk.crypto.ec"; fi
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$runtime" \
    || fail "the Java runtime of the Linux archive could not be made with $jdk/bin/jlink. It needs the JDK's jmods: Temurin has them; with Debian's openjdk-21-jdk, install openjdk-21-jmods too."
fi
name="hjp-workbench-$version-linux-x86_64"
stage="$out/stage/$name"
stage_product "$linux" "$stage"
cp -a "$runtime" "$stage/runtime"
cp "$release/linux/hjp-workbench" "$release/linux/hjp" "$release/linux/install.sh" "$stage/"
mkdir -p "$stage/lib/icons"
cp "$release/linux/lib/"* "$stage/lib/"
cp "$here/bundles/org.hjp.workbench.ui/icons/"hjp-*.png "$stage/lib/icons/"
cp "$here/LICENSE" "$stage/LICENSE"
readme linux > "$stage/README.txt"
tar -C "$out/stage" -czf "$out/$name.tar.gz" "$name"

# Windows.
name="hjp-workbench-$version-windows-x86_64"
stage="$out/stage/$name"
stage_product "$windows" "$stage"
mkdir -p "$stage/lib"
crlf "$release/windows/HJP Workbench.cmd" "$stage/HJP Workbench.cmd"
crlf "$release/windows/hjp.cmd" "$stage/hjp.cmd"
crlf "$release/windows/lib/find-java.cmd" "$stage/lib/find-java.cmd"
crlf "$release/windows/lib/run-workbench.cmd" "$stage/lib/run-workbench.cmd"
cp "$release/linux/lib/cli-logging.properties" "$stage/lib/"
cp "$release/windows/hjp-workbench.ico" "$stage/"
crlf "$here/LICENSE" "$stage/LICENSE.txt"
readme windows > "$out/stage/readme.tmp"
crlf "$out/stage/readme.tmp" "$stage/README.txt"
rm "$out/stage/readme.tmp"
(cd "$out/stage" && "$jdk/bin/jar" --create --no-manifest --file "$out/$name.zip" "$name")

# macOS: the product as Tycho lays it out in an application bundle (Eclipse.app/Contents/Eclipse), in ours.
name="hjp-workbench-$version-macos-aarch64"
stage="$out/stage/$name"
contents="$stage/HJP Workbench.app/Contents"
stage_product "$macos" "$contents/Eclipse"
mkdir -p "$contents/MacOS" "$contents/Resources"
sed "s/@VERSION@/$version/g" "$release/macos/Info.plist" > "$contents/Info.plist"
cp "$release/macos/hjp-workbench" "$contents/MacOS/"
cp "$release/macos/find-java.sh" "$release/macos/hjp-workbench.icns" "$release/linux/lib/cli-logging.properties" "$contents/Resources/"
cp "$release/macos/hjp" "$stage/"
cp "$here/LICENSE" "$stage/LICENSE"
readme macos > "$stage/README.txt"
tar -C "$out/stage" -czf "$out/$name.tar.gz" "$name"

rm -rf "$out/stage"
for archive in "$out"/hjp-workbench-*; do
  echo "release-archives: $archive ($(du -h "$archive" | cut -f1))"
done
