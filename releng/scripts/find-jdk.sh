# Sourced by the project's scripts: sets JAVA_HOME to a JDK of version 21 or newer, or stops with a plain message.
# Order: $HJP_JAVA_HOME, Temurin 25, $JAVA_HOME, then any JDK under /usr/lib/jvm.

hjp_jdk_version() {
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -f "$release" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  [ -n "$v" ] && echo "$v"
}

hjp_find_jdk() {
  local candidate v
  for candidate in "${HJP_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] || continue
    v=$(hjp_jdk_version "$candidate") || continue
    if [ "$v" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "No Java 21 or newer was found. Install a JDK of version 21 or newer (for example the Debian package openjdk-21-jdk or Temurin 25)," >&2
  echo "or point HJP_JAVA_HOME at one." >&2
  return 1
}
