# Sourced by the macOS launchers: hjp_find_java sets java to a Java of version 21 or newer (HJP_JAVA_HOME, else the
# newest that /usr/libexec/java_home knows, else JAVA_HOME), or says plainly where to get one, in a dialog too, and
# stops; hjp_launcher_jar names the Equinox launcher jar the installation uses.
hjp_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

hjp_find_java() {
  local home major
  for home in "${HJP_JAVA_HOME:-}" "$(/usr/libexec/java_home -v 21+ 2>/dev/null)" "${JAVA_HOME:-}"; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$(hjp_java_major "$home/bin/java")
    if [ "${major:-0}" -ge 21 ]; then
      java="$home/bin/java"
      return 0
    fi
  done
  local message="The HJP Workbench needs Java 21 or newer, and none was found. Install one, for example Eclipse Temurin from adoptium.net (its .pkg installer), then open the HJP Workbench again."
  echo "$message" >&2
  osascript -e "display alert \"The HJP Workbench cannot start\" message \"$message\"" >/dev/null 2>&1 || true
  exit 1
}

# The launcher jar the installation's configuration names (after an update, an older one may still be in plugins/).
hjp_launcher_jar() {
  local jar
  jar=$(grep '^org\.eclipse\.equinox\.launcher,' "$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" 2>/dev/null | cut -d, -f3 | head -n 1)
  if [ -z "$jar" ] || [ ! -f "$1/$jar" ]; then
    echo "The workbench in $1 is incomplete: it has no Equinox launcher. Reinstall it." >&2
    return 1
  fi
  echo "$1/$jar"
}
