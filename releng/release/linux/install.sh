#!/usr/bin/env bash
# Installs the HJP Workbench for you alone, without root: the program into ~/.local/share/hjp-workbench, the commands
# hjp-workbench and hjp into ~/.local/bin, a menu entry with its icon, and .hjp files opening in it.
#   ./install.sh              install (or update) from this folder
#   ./install.sh --uninstall  remove all of that again; your partnerships (in ~/hjp-workbench) are left alone
set -euo pipefail
from=$(dirname "$(readlink -f "$0")")
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$data/hjp-workbench"
bin="$HOME/.local/bin"
applications="$data/applications"
mime="$data/mime"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256"

refresh_desktop() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database "$applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true; fi
}

uninstall() {
  rm -rf "$app" "${XDG_CACHE_HOME:-$HOME/.cache}/hjp-workbench"
  for command in hjp-workbench hjp; do
    if [ -L "$bin/$command" ] && [[ "$(readlink "$bin/$command")" == "$app/"* ]]; then rm -f "$bin/$command"; fi
  done
  rm -f "$applications/hjp-workbench.desktop" "$mime/packages/hjp-workbench.xml"
  for size in $sizes; do
    rm -f "$icons/${size}x${size}/apps/hjp-workbench.png" "$icons/${size}x${size}/mimetypes/application-x-hjp-partnership.png"
  done
  refresh_desktop
  echo "The HJP Workbench is uninstalled. Your partnerships are still in $HOME/hjp-workbench."
}

install() {
  if [ "$from" != "$app" ]; then
    rm -rf "$app.new"
    mkdir -p "$(dirname "$app")"
    cp -a "$from" "$app.new"
    rm -rf "$app"
    mv "$app.new" "$app"
  fi
  mkdir -p "$bin" "$applications" "$mime/packages"
  ln -sfn "$app/hjp-workbench" "$bin/hjp-workbench"
  ln -sfn "$app/hjp" "$bin/hjp"
  sed "s|@APP@|$app|g" "$app/lib/hjp-workbench.desktop" > "$applications/hjp-workbench.desktop"
  cp "$app/lib/hjp-workbench-mime.xml" "$mime/packages/hjp-workbench.xml"
  for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps" "$icons/${size}x${size}/mimetypes"
    cp "$app/lib/icons/hjp-$size.png" "$icons/${size}x${size}/apps/hjp-workbench.png"
    cp "$app/lib/icons/hjp-$size.png" "$icons/${size}x${size}/mimetypes/application-x-hjp-partnership.png"
  done
  refresh_desktop
  echo "The HJP Workbench is installed. Start it from your applications menu, by opening a .hjp file, or with the command hjp-workbench."
  case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH yet: log out and in again, or start it as $bin/hjp-workbench.)" ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 64 ;;
esac
