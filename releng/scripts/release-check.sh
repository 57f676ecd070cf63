#!/usr/bin/env bash
# Checks the Linux release archive as a user without Java would use it: unpacked into an empty folder and run with
# a PATH that holds no java and no JAVA_HOME, the window shows the sample and closing it leaves no lock note; the
# command line works (the checks of cli-smoke.sh); install.sh puts the commands, menu entry, icons and file type into
# the home folder without root, and --uninstall takes them away again, leaving the user's partnerships.
# Needs a display with a window manager and xdotool (run-tests provides them).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "release-check: $*" >&2; exit 1; }
archive=$(ls "$here"/releng/org.hjp.workbench.release/target/releases/hjp-workbench-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || fail "build the release archives first (./mvnw verify)"
name=$(basename "$archive" .tar.gz)

work=$(mktemp -d)
keep="$here/releng/org.hjp.workbench.release/target/release-check"
pid=""
trap '{ [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; }; mkdir -p "$keep"; cp "$work"/*.log "$work"/*.png "$keep"/ 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/unpacked" "$work/home" "$work/bin"
tar -C "$work/unpacked" -xzf "$archive"
app="$work/unpacked/$name"
for file in hjp-workbench hjp install.sh runtime/bin/java LICENSE README.txt legal/third-party.tsv lib/icons/hjp-256.png; do
  [ -e "$app/$file" ] || fail "the archive has no $file"
done

# A PATH as bare as can be: the tools the launchers and install.sh use, and no java.
for tool in bash sh readlink dirname basename ls sort tail head sed cat cut sha1sum cksum mkdir rm mv cp ln grep env printf; do
  ln -s "$(command -v "$tool")" "$work/bin/$tool"
done
as_user() { env -i HOME="$work/home" PATH="$work/bin" DISPLAY="${DISPLAY:-}" GSETTINGS_BACKEND=memory "$@"; }
! as_user bash -c 'command -v java' >/dev/null || fail "the bare PATH has a java"

cat > "$work/hjp" <<SCRIPT
#!/usr/bin/env bash
exec env -i HOME="$work/home" PATH="$work/bin" "$app/hjp" "\$@"
SCRIPT
chmod +x "$work/hjp"
HJP_COMMAND="$work/hjp" "$here/releng/scripts/cli-smoke.sh" || fail "the archive's command line failed the command line checks"

partnerships="$work/home/hjp-workbench"
as_user "$app/hjp-workbench" -data "$partnerships" >"$work/workbench.log" 2>&1 &
pid=$!
window=""
for _ in $(seq 1 90); do
  # xdotool's search does not see a title with characters outside Latin-1 (the title's dash); getwindowname does.
  for candidate in $(xdotool search --name "HJP Workbench" 2>/dev/null || true); do
    [[ "$(xdotool getwindowname "$candidate" 2>/dev/null)" == "Riverbend sample.hjp "*" HJP Workbench "[0-9]* ]] && window=$candidate
  done
  [ -n "$window" ] && break
  kill -0 "$pid" 2>/dev/null || fail "the workbench stopped: $(tail -n 20 "$work/workbench.log")"
  sleep 1
done
[ -n "$window" ] || { kill "$pid"; fail "no window showed the sample within 90 seconds: $(tail -n 20 "$work/workbench.log")"; }
[ -f "$partnerships/Riverbend sample.hjp" ] || fail "the sample was not put into the partnerships folder"
[ -f "$partnerships/.Riverbend sample.hjp.lock" ] || fail "the open sample has no lock note beside it"
sleep 3
import -window root "$work/window.png" 2>/dev/null || true
xdotool windowactivate --sync "$window" key --clearmodifiers ctrl+q
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
kill -0 "$pid" 2>/dev/null && { kill "$pid"; fail "the workbench did not close on Ctrl+Q"; }
wait "$pid" || fail "the workbench exited with $?: $(tail -n 20 "$work/workbench.log")"
[ ! -e "$partnerships/.Riverbend sample.hjp.lock" ] || fail "closing the workbench left the lock note beside the sample"
grep -qx 'layout/version=1' "$partnerships/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.hjp.workbench.ui.prefs" \
  || fail "closing the workbench did not keep its layout for the next start"
echo "release-check: the archive's workbench starts with its own Java and shows the sample" >&2

# The launcher starts the workbench again when it exits asking for a restart (code 23: after an update), and not
# otherwise: run here with a stand-in for Java that asks once.
mkdir -p "$work/fake/plugins"
touch "$work/fake/plugins/org.eclipse.equinox.launcher_1.0.0.jar"
cat > "$work/fake/java" <<SCRIPT
#!/bin/bash
echo run >> "$work/fake/runs"
[ \$(wc -l < "$work/fake/runs") -ge 2 ] && exit 0 || exit 23
SCRIPT
chmod +x "$work/fake/java"
HJP_JAVA="$work/fake/java" HJP_PRODUCT="$work/fake" HJP_NO_AOT=1 "$app/hjp-workbench" >/dev/null 2>&1 || fail "the launcher failed after a restart"
[ "$(wc -l < "$work/fake/runs")" -eq 2 ] || fail "the launcher ran the workbench $(wc -l < "$work/fake/runs") times, not twice, when it asked for one restart"

as_user "$app/install.sh" >"$work/install.log" 2>&1 || fail "install.sh failed: $(cat "$work/install.log")"
share="$work/home/.local/share"
installed="$share/hjp-workbench"
for file in "$installed/hjp-workbench" "$installed/runtime/bin/java" "$share/applications/hjp-workbench.desktop" \
    "$share/mime/packages/hjp-workbench.xml" "$share/icons/hicolor/48x48/apps/hjp-workbench.png"; do
  [ -e "$file" ] || fail "install.sh did not install $file"
done
[ "$(readlink -f "$work/home/.local/bin/hjp-workbench")" = "$installed/hjp-workbench" ] || fail "no hjp-workbench command in ~/.local/bin"
grep -qx "Exec=\"$installed/hjp-workbench\" %f" "$share/applications/hjp-workbench.desktop" || fail "the menu entry does not start the installed workbench"
grep -q 'glob pattern="\*.hjp"' "$share/mime/packages/hjp-workbench.xml" || fail "the file type does not claim .hjp files"
version=$(env -i HOME="$work/home" PATH="$work/bin" "$work/home/.local/bin/hjp" --version 2>/dev/null) || fail "the installed hjp command does not run"
[[ "$version" =~ ^hjp\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "the installed hjp printed: $version"

as_user "$installed/install.sh" --uninstall >"$work/uninstall.log" 2>&1 || fail "install.sh --uninstall failed: $(cat "$work/uninstall.log")"
left=$(cd "$work/home" && find . -path ./hjp-workbench -prune -o \( -type f -o -type l \) -print | grep -i hjp || true)
[ -z "$left" ] || fail "uninstalling left: $left"
[ -f "$partnerships/Riverbend sample.hjp" ] || fail "uninstalling removed the user's partnerships"
echo "release-check: install.sh installs for the user alone, and --uninstall leaves only the partnerships" >&2
