# Sourced by run-tests and run-benchmarks: without a display, starts a private Xvfb with the openbox window manager
# (which gives windows the keyboard focus, as a desktop does) and exports DISPLAY; hjp_stop_display ends them.
hjp_xvfb_pid=""
hjp_wm_pid=""

hjp_stop_display() {
  [ -n "$hjp_wm_pid" ] && kill "$hjp_wm_pid" 2>/dev/null
  [ -n "$hjp_xvfb_pid" ] && kill "$hjp_xvfb_pid" 2>/dev/null
  true
}

hjp_private_display() {
  if ! command -v xdotool >/dev/null; then
    echo "The UI is driven through the X server with xdotool: install the Debian package xdotool." >&2
    return 1
  fi
  [ -z "${DISPLAY:-}" ] || return 0
  if ! command -v Xvfb >/dev/null || ! command -v openbox >/dev/null; then
    echo "A display is needed: install the Debian packages xvfb and openbox (and libgtk-3-0)." >&2
    return 1
  fi
  local n
  for n in $(seq 90 120); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
      hjp_xvfb_pid=$!
      # A server that did not come up (the number taken meanwhile, a slow start) is left for the next number.
      for _ in $(seq 1 100); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        kill -0 "$hjp_xvfb_pid" 2>/dev/null || break
        sleep 0.1
      done
      if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$hjp_xvfb_pid" 2>/dev/null; then
        export DISPLAY=":$n"
        break
      fi
      kill "$hjp_xvfb_pid" 2>/dev/null
      hjp_xvfb_pid=""
    fi
  done
  if [ -z "${DISPLAY:-}" ]; then
    echo "No private X server (Xvfb) would start on the displays :90 to :120." >&2
    return 1
  fi
  openbox >/dev/null 2>&1 &
  hjp_wm_pid=$!
  # The GTK file chooser stores its settings through D-Bus, which a private display has not got.
  export GSETTINGS_BACKEND=memory
}
