#!/usr/bin/env bash
# Prints the designed renderings in corpus/designed/ to PDF:
#  - NAME.html with headless Chromium (CSS columns, grid cards, position: fixed running header and footer,
#    ::before drawn bullets, pull quotes, sidebars, per-sector commitment tables, a coloured cover);
#    needs Debian's chromium;
#  - NAME.tex with pdflatex (multicol, tcolorbox cards and pull quote, tabularx per-sector tables, fancyhdr,
#    TikZ-drawn bullets); needs Debian's texlive-latex-base, texlive-latex-recommended,
#    texlive-latex-extra (tcolorbox) and texlive-fonts-recommended (lmodern).
# The PDFs are committed next to their sources; tests read them and never re-render.
#   bash corpus/designed/render.sh [NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/*.html "$here"/*.tex; do names+=("$(basename "${f%.*}")"); done
fi
for name in "${names[@]}"; do
  if [ -f "$here/$name.tex" ]; then
    command -v pdflatex >/dev/null || { echo "render: needs pdflatex (apt-get install texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended)" >&2; exit 1; }
    work="$(mktemp -d)"
    # SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE make pdfTeX's dates and ID repeatable.
    (cd "$work" && SOURCE_DATE_EPOCH=1441065600 FORCE_SOURCE_DATE=1 pdflatex -interaction=nonstopmode -halt-on-error \
        "$here/$name.tex" >/dev/null) || { echo "render: pdflatex failed on $name.tex (see $work/$name.log)" >&2; exit 1; }
    mv "$work/$name.pdf" "$here/$name-designed.pdf"
    rm -rf "$work"
    echo "render: $name.tex -> $name-designed.pdf" >&2
  else
    browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
    [ -n "$browser" ] || { echo "render: needs Chromium (apt-get install chromium)" >&2; exit 1; }
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$here/$name-designed.pdf" "file://$here/$name.html" 2>/dev/null
    echo "render: $name.html -> $name-designed.pdf" >&2
  fi
done
