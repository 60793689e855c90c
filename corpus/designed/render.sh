#!/usr/bin/env bash
# Prints the designed HTML renderings in corpus/designed/ to PDF with headless Chromium (CSS columns,
# grid cards, position: fixed running header and footer, ::before drawn bullets, a coloured cover).
# The PDFs are committed next to their HTML; tests read them and never re-render.
#   bash corpus/designed/render.sh [NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "render: needs Chromium (apt-get install chromium)" >&2; exit 1; }
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/*.html; do names+=("$(basename "$f" .html)"); done
fi
for name in "${names[@]}"; do
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$here/$name-designed.pdf" "file://$here/$name.html" 2>/dev/null
  echo "render: $name.html -> $name-designed.pdf" >&2
done
