#!/usr/bin/env bash
# Runs every test of the project, in order of speed; stops at the first failure.
# Needs only Rust, Node and Debian's package registry; installs the rest (once).
source "$(dirname "$0")/scripts/lib.sh"
started=$SECONDS

check_toolchain
# postgresql: the server binaries (initdb, pg_ctl) the PostgreSQL store and server tests start
# a private cluster with; Debian 12's package is version 15, in /usr/lib/postgresql/15/bin.
ensure_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" postgresql
ensure_cargo_tool tauri-driver 2.1.0 tauri-driver
ensure_cargo_tool cargo-fuzz 0.13.2 cargo-fuzz
ensure_node_modules
# The JavaScript peer of sync-server/tests/interop.rs, exactly as locked, skipped when unchanged.
interop_lock=$(sha256sum "$ROOT/tests/sync-interop/package-lock.json" | cut -d' ' -f1)
if [[ "$(cat "$ROOT/tests/sync-interop/node_modules/.mirai-lock" 2>/dev/null)" != "$interop_lock" ]]; then
  step "npm ci (tests/sync-interop)"
  (cd "$ROOT/tests/sync-interop" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$interop_lock" >"$ROOT/tests/sync-interop/node_modules/.mirai-lock"
fi

step "UI: type check (svelte-check)"
(cd "$ROOT/ui" && node_modules/.bin/svelte-kit sync && node_modules/.bin/svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 1)
step "UI: unit tests (vitest)"
(cd "$ROOT/ui" && node_modules/.bin/vitest run)
build_ui

cd "$ROOT"
step "Rust: format"
cargo fmt --all --check
step "Rust: clippy"
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings
step "Rust: build the app"
cargo build --locked -p mirai-app -p mirai-pack-cli -p mirai-org-cli -p mirai-sync-server
step "Rust: tests (unit, integration, kill-during-write, locales, tidy rules)"
cargo test --workspace --locked

step "fuzz: build and a short run of each target on its corpus"
(
  cd "$ROOT/fuzz"
  export CARGO_TARGET_DIR="$CACHE/fuzz-target-$CHECKOUT" RUSTC_BOOTSTRAP=1
  cargo fuzz build
  for target in $(cargo fuzz list); do
    scratch=$(mktemp -d)
    if ! cargo fuzz run "$target" "$scratch" "corpus/$target" -- \
      -max_total_time="${MIRAI_FUZZ_SECONDS:-20}" -print_final_stats=1 >"$scratch.log" 2>&1; then
      tail -n 40 "$scratch.log"
      echo "fuzz target $target failed; the input is in fuzz/artifacts/$target/" >&2
      exit 1
    fi
    echo "$target: $(grep -E '^Done' "$scratch.log")"
    rm -rf "$scratch" "$scratch.log"
  done
)

step "UI in Chromium with mocked IPC (playwright-core)"
(cd "$ROOT/ui" && node --test --test-concurrency=1 --test-reporter=spec tests/browser/)

step "the real app window: tauri-driver + WebKitWebDriver under Xvfb"
APP="$CARGO_TARGET_DIR/debug/mirai" timeout 600 xvfb-run -a -s "-screen 0 1280x900x24" \
  dbus-run-session -- node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ 2> >(grep -vE '^dbus-daemon|SpiRegistry' >&2)

step "all tests passed in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s"
