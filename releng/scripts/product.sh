# Sourced by the project's scripts: where the reactor puts the product, and building it when the sources changed.
# Needs $here (the repository).
hjp_product="$here/releng/org.hjp.workbench.repository/target/products/org.hjp.workbench.product/linux/gtk/x86_64"

# Builds the product (tests skipped) when it is missing or any source is newer than it; tells why on stderr.
hjp_build_if_stale() {
  local stamp="$hjp_product/configuration/config.ini"
  if [ ! -f "$stamp" ] || [ -n "$(find "$here/bundles" "$here/features" "$here/releng" -newer "$stamp" \
        -not -path '*/target/*' -not -path '*/.mvn/*' -type f -print -quit 2>/dev/null)" ]; then
    echo "Building the workbench (the first build downloads about 250 MB and takes a few minutes)..." >&2
    (cd "$here" && ./mvnw -q verify -DskipTests -pl '!releng/org.hjp.workbench.release,!releng/org.hjp.workbench.product.checks') >&2
  fi
}
