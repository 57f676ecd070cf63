# Sourced by the workbench's launchers: plain words, before Java starts, when the system cannot show the window.

# GTK 3 is looked for as the dynamic linker would find it: through ldconfig, which is in /sbin (not on an ordinary
# user's PATH on Debian), and else in the folders where distributions install it.
hjp_has_gtk3() {
  local ldconfig
  for ldconfig in "$(command -v ldconfig 2>/dev/null || true)" /sbin/ldconfig /usr/sbin/ldconfig; do
    [ -n "$ldconfig" ] && [ -x "$ldconfig" ] && "$ldconfig" -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' && return 0
  done
  compgen -G '/usr/lib/*/libgtk-3.so.0' >/dev/null || compgen -G '/usr/lib64/libgtk-3.so.0' >/dev/null \
    || compgen -G '/usr/lib/libgtk-3.so.0' >/dev/null || compgen -G '/lib/*/libgtk-3.so.0' >/dev/null
}

# Stops with a message when the workbench could not show its window; $@ is the command the user ran.
hjp_require_desktop() {
  if ! hjp_has_gtk3; then
    echo "The workbench needs GTK 3: install your distribution's GTK 3 package (on Debian and Ubuntu: libgtk-3-0)." >&2
    exit 1
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "There is no display to show the workbench on. Run it in a desktop session, or under Xvfb:" >&2
    echo "  xvfb-run -s '-screen 0 1280x800x24' $*" >&2
    exit 1
  fi
}

# The Equinox launcher jar of a product: the one its configuration names, else the newest in plugins/ (an update may
# leave an older one there).
hjp_launcher_jar() {
  local jar
  jar=$(grep '^org\.eclipse\.equinox\.launcher,' "$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" 2>/dev/null | cut -d, -f3 | head -n 1)
  if [ -n "$jar" ] && [ -f "$1/$jar" ]; then
    echo "$1/$jar"
    return 0
  fi
  jar=$(ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$jar" ]; then
    echo "The workbench in $1 is incomplete: it has no plugins/org.eclipse.equinox.launcher jar. Reinstall it." >&2
    exit 1
  fi
  echo "$jar"
}
