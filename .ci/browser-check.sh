#!/usr/bin/env bash
# Opens the demo's HTML report in headless Chromium and checks what a reader would see: the heatmaps,
# the matched commitments (the first match of the report's own JSON, and a commitment Bromley and
# Westminster share when the parser found it). Keeps the DOM and a screenshot under
# target/browser-check/ as build artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser-check: installing chromium" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

out="target/browser-check"
rm -rf "$out"
mkdir -p "$out"
./compactkit demo --out "$out/demo" --quiet
report="$(cd "$out/demo" && pwd)/report.html"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir="$profile")
timeout 180 chromium "${flags[@]}" --dump-dom "file://$report" > "$out/dom.html" 2> "$out/chromium.log"
timeout 180 chromium "${flags[@]}" --hide-scrollbars --window-size=1280,2000 \
  --screenshot="$PWD/$out/report.png" "file://$report" >> "$out/chromium.log" 2>&1
test -s "$out/report.png" || { echo "browser-check: no screenshot" >&2; exit 1; }

java -cp cli-example/target/compactkit.jar .ci/DomCheck.java "$out/dom.html" "$out/demo/report.json"
echo "browser-check: ok; screenshot $out/report.png"
