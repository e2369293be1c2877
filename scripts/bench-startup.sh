#!/usr/bin/env bash
# Benchmark (not a test): app cold start to first paint, and idle memory, against a peer.
#
# Mirai (release build, Tauri + WebKitGTK) and the peer (Debian's Chromium in app mode on the
# same built UI, standing in for an Electron shell) are each started RUNS times on a private
# Xvfb display. "First paint" is the moment the window shows the app's teal header, read from
# the screen's pixels every few milliseconds, so both are timed the same way with no hook in
# either. "Idle memory" is summed over the process tree 5 s after first paint: private
# anonymous memory (PSS_Anon: heaps, JS, caches), PSS (shared pages such as libraries and the
# large CJK fonts split between the processes that map them), and plain RSS. Each cell is the
# median of the runs with the range in brackets.
#
# Usage: scripts/bench-startup.sh [RUNS]     (default 10; prints a Markdown table)
source "$(dirname "$0")/lib.sh"
RUNS=${1:-10}
ensure_packages "${RUN_PACKAGES[@]}" chromium x11-utils imagemagick
ensure_node_modules
build_ui
(cd "$ROOT" && cargo build --release --locked -p mirai-app --quiet)
APP="$CARGO_TARGET_DIR/release/mirai"

DISPLAY_NUMBER=97
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=":$DISPLAY_NUMBER"
(cd "$ROOT/ui" && exec node_modules/.bin/vite preview --port 4174 --strictPort >/dev/null 2>&1) &
PREVIEW=$!
scratch=$(mktemp -d)
trap 'kill $XVFB $PREVIEW 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 2

now_ms() { date +%s%3N; }

# The header's teal anywhere in a column through the header bar (a browser may put a bar of
# its own above the page).
header_painted() {
  local column
  column=$(import -window root -crop 1x140+300+0 -depth 8 txt:- 2>/dev/null || true)
  [[ $column == *"#0B6E69"* ]]
}

tree() {
  local pid=$1
  echo "$pid"
  for child in $(pgrep -P "$pid"); do tree "$child"; done
}

memory_kb() {
  local field=$1 total=0 kb
  for pid in $(tree "$2"); do
    kb=$(awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

measure() {
  local name=$1
  shift
  local paints=() psses=() anons=() rsses=()
  for run in $(seq 1 "$RUNS"); do
    local start end pid
    start=$(now_ms)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until header_painted; do
      if (($(now_ms) - start > 30000)); then echo "$name never painted" >&2; kill "$pid"; exit 1; fi
    done
    end=$(now_ms)
    paints+=($((end - start)))
    sleep 5
    psses+=($(($(memory_kb Pss "$pid") / 1024)))
    anons+=($(($(memory_kb Pss_Anon "$pid") / 1024)))
    rsses+=($(($(memory_kb Rss "$pid") / 1024)))
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 1
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  range() { printf '%s\n' "$@" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'; }
  printf '| %s | %s ms (%s) | %s MiB (%s) | %s MiB (%s) | %s MiB (%s) |\n' "$name" \
    "$(median "${paints[@]}")" "$(range "${paints[@]}")" \
    "$(median "${anons[@]}")" "$(range "${anons[@]}")" \
    "$(median "${psses[@]}")" "$(range "${psses[@]}")" \
    "$(median "${rsses[@]}")" "$(range "${rsses[@]}")"
}

echo "| shell | first paint | idle private memory (PSS anon) | idle PSS | idle RSS sum |"
echo "|---|---|---|---|---|"
measure "Mirai (Tauri 2, WebKitGTK), release" env MIRAI_DATA_DIR="$scratch/app" MIRAI_NO_KEYSTORE=1 "$APP"
measure "peer: Chromium --app, same UI" chromium --app=http://127.0.0.1:4174/ --window-position=0,0 --window-size=1024,760 \
  --user-data-dir="$scratch/chromium" --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --disable-gpu --no-sandbox --test-type
