#!/usr/bin/env bash
# Builds and starts Mirai on Debian 12: installs the system packages it lacks (once), builds
# the UI and the app in release mode, and opens the window. Without a display it runs under
# Xvfb. Extra arguments are passed to the app.
source "$(dirname "$0")/scripts/lib.sh"

check_toolchain
ensure_packages "${RUN_PACKAGES[@]}"
ensure_node_modules
build_ui
step "building the app (cargo build --release)"
(cd "$ROOT" && cargo build --release --locked -p mirai-app)

APP="$CARGO_TARGET_DIR/release/mirai"
step "starting $APP"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found: running under Xvfb (close with Ctrl-C)."
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$APP" "$@"
fi
exec "$APP" "$@"
