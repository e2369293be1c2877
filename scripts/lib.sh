# Shared by run.sh and test.sh: system packages, pinned tools and caches, all idempotent.
# Sourced, not executed.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/mirai"
TOOLS="$CACHE/tools"
# One build folder per checkout: cargo records workspace sources by relative path, so two
# checkouts sharing one folder would each take the other's fresh-looking builds for their own.
CHECKOUT="$(printf %s "$ROOT" | sha256sum | cut -c1-8)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE/target-$CHECKOUT}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export PATH="$TOOLS/bin:$PATH"

# What building and running the app needs on Debian 12.
RUN_PACKAGES=(
  build-essential pkg-config libssl-dev perl make curl
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev
  fonts-noto-cjk fonts-noto-core
  xvfb xauth
)
# What the tests need on top: a WebDriver for the real window, Chromium for the UI tests,
# a private D-Bus session with a Secret Service for the keystore path, and poppler to render
# the printed self-check summary to images.
TEST_PACKAGES=(
  webkit2gtk-driver chromium
  dbus dbus-x11 gnome-keyring xdotool poppler-utils
)

step() { printf '\n==> [%(%H:%M:%S)T] %s\n' -1 "$*"; }

# Installs whichever of the given Debian packages are missing; does nothing when all are there.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  step "installing Debian packages: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Installs a pinned cargo tool into the cache, once per version.
ensure_cargo_tool() {
  local crate=$1 version=$2 binary=$3
  if [[ -x "$TOOLS/bin/$binary" && "$(cat "$TOOLS/.$crate-version" 2>/dev/null)" == "$version" ]]; then
    return 0
  fi
  step "cargo install $crate $version"
  cargo install "$crate" --version "$version" --locked --root "$TOOLS" --quiet
  echo "$version" >"$TOOLS/.$crate-version"
}

# Installs the UI's npm packages exactly as locked, skipping the work when nothing changed.
ensure_node_modules() {
  local stamp="$ROOT/ui/node_modules/.mirai-lock"
  local want
  want=$(sha256sum "$ROOT/ui/package-lock.json" | cut -d' ' -f1)
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  step "npm ci (ui)"
  (cd "$ROOT/ui" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
}

build_ui() {
  step "building the UI (vite)"
  (cd "$ROOT/ui" && node_modules/.bin/vite build --logLevel warn)
}

check_toolchain() {
  command -v cargo >/dev/null || { echo "Rust is required: https://rustup.rs" >&2; exit 1; }
  command -v node >/dev/null || { echo "Node.js 20.19 or newer is required" >&2; exit 1; }
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  ((node_major >= 20)) || { echo "Node.js 20.19 or newer is required (found $(node --version))" >&2; exit 1; }
}
