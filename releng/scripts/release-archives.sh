#!/usr/bin/env bash
# Makes the release archives from the built product: for Linux x86_64, the product with a Java runtime made by jlink
# from the build's JDK (only the modules the workbench needs), its launchers, install.sh, icons, desktop entry and
# file type. Run by the build (releng/org.hjp.workbench.release) with the JDK that runs Maven:
#   release-archives.sh <JDK> <output folder>
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
jdk="$1"
out="$2"
products="$here/releng/org.hjp.workbench.repository/target/products/org.hjp.workbench.product"
fail() { echo "release-archives: $*" >&2; exit 1; }

# The Java modules the workbench uses: what jdeps finds in the product's jars, and jdk.unsupported (PDFBox uses
# sun.misc), jdk.localedata (dates in the user's language), jdk.charsets and jdk.zipfs, found by running it
# (docs/notes/kept-layout-and-jlink-research.md).
modules=java.base,java.desktop,java.management,java.naming,java.net.http,java.security.jgss,java.sql,java.xml.crypto,jdk.xml.dom,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs

linux="$products/linux/gtk/x86_64"
[ -f "$linux/configuration/config.ini" ] || fail "the product is not built in $linux"
version=$(ls "$linux"/plugins/org.hjp.workbench.core_*.jar | sed -n 's/.*org\.hjp\.workbench\.core_\([0-9]*\.[0-9]*\.[0-9]*\)\..*/\1/p' | head -n 1)
[ -n "$version" ] || fail "no version found in $linux/plugins"

# The runtime is made once per JDK and module list, and reused by later builds.
runtime_key=$({ echo "$modules"; cat "$jdk/release"; } | sha1sum | cut -c1-12)
runtime="$out/jlink-$runtime_key"
if [ ! -x "$runtime/bin/java" ]; then
  rm -rf "$out"/jlink-*
  mkdir -p "$out"
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress zip-6 --output "$runtime"
fi

name="hjp-workbench-$version-linux-x86_64"
stage="$out/stage/$name"
rm -rf "$out/stage"
mkdir -p "$stage/lib/icons"
cp -a "$linux/." "$stage/"
rm -f "$stage/eclipse.ini"
cp -a "$runtime" "$stage/runtime"
cp "$here/releng/release/linux/hjp-workbench" "$here/releng/release/linux/hjp" "$here/releng/release/linux/install.sh" "$stage/"
cp "$here/releng/release/linux/lib/"* "$stage/lib/"
cp "$here/bundles/org.hjp.workbench.ui/icons/"hjp-*.png "$stage/lib/icons/"
cp "$here/LICENSE" "$stage/LICENSE"
cp "$here/releng/release/README.txt" "$stage/README.txt"
tar -C "$out/stage" -czf "$out/$name.tar.gz" "$name"
rm -rf "$out/stage"
echo "release-archives: $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
