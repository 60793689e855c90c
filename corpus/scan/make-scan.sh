#!/usr/bin/env bash
# Makes a "photocopied scan" of a PDF rendering: each page rasterised (pdftoppm, grey), degraded like
# a copier would (a slight rotation that differs per page, speckle noise, a little blur, strong JPEG)
# and reassembled into an image-only PDF (img2pdf) with no text layer. Deterministic: the noise is
# seeded, so the same input gives the same scan.
#   bash corpus/scan/make-scan.sh corpus/pdf/southmere.pdf corpus/scan/southmere-scan.pdf [DPI] [QUALITY]
set -euo pipefail
in="$1"
out="$2"
dpi="${3:-200}"
quality="${4:-45}"
for tool in pdftoppm img2pdf convert identify; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make-scan: $tool is missing (apt-get install poppler-utils img2pdf imagemagick)" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdftoppm -r "$dpi" -gray "$in" "$work/page"
angles=(0.7 -0.5 0.9 -0.8 0.4 -0.6)
i=0
for page in "$work"/page-*.pgm; do
  angle="${angles[$((i % ${#angles[@]}))]}"
  size="$(identify -format '%wx%h' "$page")"
  # Turned on the glass, the page keeps its size: the rotated image is cut back to it.
  convert "$page" -seed $((17 + i)) -background white -rotate "$angle" -gravity center -extent "$size" \
    -attenuate "${NOISE:-0.35}" +noise Gaussian -blur 0x0.5 -level 8%,92% \
    -density "$dpi" -units PixelsPerInch -strip -quality "$quality" "${page%.pgm}.jpg"
  i=$((i + 1))
done
img2pdf --creationdate 2020-01-01 --moddate 2020-01-01 "$work"/page-*.jpg -o "$out"
echo "make-scan: $in -> $out ($i pages, $dpi dpi, JPEG quality $quality)" >&2
