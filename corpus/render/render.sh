#!/usr/bin/env bash
# Renders the text compacts in corpus/compacts/ to styled PDF and DOCX with LibreOffice headless,
# through a flat ODF source made by txt2fodt.py (headings, lists, tables, running header and footer).
# The outputs are committed under corpus/pdf/ and corpus/docx/; tests read those, so CI never needs
# LibreOffice. Run again after changing a compact: bash corpus/render/render.sh [NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(dirname "$here")"

if ! command -v soffice >/dev/null 2>&1; then
  echo "render: installing LibreOffice Writer (Debian package)..." >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui fonts-dejavu-core hyphen-en-gb >/dev/null \
    || DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libreoffice-writer fonts-dejavu-core hyphen-en-gb >/dev/null
fi

# Per-compact styling, options separated by "~": which section goes in two columns, which action
# points become a table, which typed-in running footers to leave out.
options() {
  case "$1" in
    westminster) echo "--action-table" ;;
    southmere) echo "--action-table~--drop~^Southmere Compact [|] .* [|] [0-9]+$" ;;
    northshire) echo "--justify" ;;
    riverton) echo "--drop~^Riverton Compact 2012 — page [0-9]+$" ;;
    bromley) echo "--two-column~2. Partnership" ;;
    havering) echo "--two-column~3. The Wider Context" ;;
    *) echo "" ;;
  esac
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$corpus/pdf" "$corpus/docx"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$corpus"/compacts/*.txt; do names+=("$(basename "$f" .txt)"); done
fi
for name in "${names[@]}"; do
  src="$corpus/compacts/$name.txt"
  IFS='~' read -r -a opts <<< "$(options "$name")"
  python3 "$here/txt2fodt.py" "$src" "$work/$name.fodt" ${opts[@]+"${opts[@]}"}
  # A private profile keeps runs independent of any user's LibreOffice settings.
  soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to pdf --outdir "$work" "$work/$name.fodt" >/dev/null
  soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.fodt" >/dev/null
  cp "$work/$name.pdf" "$corpus/pdf/$name.pdf"
  cp "$work/$name.docx" "$corpus/docx/$name.docx"
  echo "render: $name -> pdf/$name.pdf docx/$name.docx" >&2
  if [ "$name" = "bromley" ]; then
    # One compact also as legacy Word, OpenDocument, RTF and HTML, for the other Tika formats.
    mkdir -p "$corpus/formats"
    for target in 'doc:MS Word 97' odt rtf 'html:XHTML Writer File:UTF8'; do
      soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to "$target" --outdir "$work" "$work/$name.fodt" >/dev/null
    done
    cp "$work/$name.doc" "$work/$name.odt" "$work/$name.rtf" "$work/$name.html" "$corpus/formats/"
    echo "render: $name -> formats/$name.{doc,odt,rtf,html}" >&2
  fi
done
