#!/usr/bin/env bash
# Scores the text, PDF and DOCX renderings of each annotated compact with corpus/tools/score.py,
# through the command line's `parse --format json`. Prints one row per document and format:
# F1 of principles, undertakings (text), undertakings with party, action points (text).
# Build first: mvn -B -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/cli-example/target/compactkit.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
printf '%-28s %-5s %11s %13s %11s %9s\n' document format principles undertakings withParty actions
for gold in "$root"/corpus/gold/*.gold.json; do
  name="$(basename "$gold" .gold.json)"
  for ext in txt pdf docx; do
    case "$ext" in txt) file="$root/corpus/compacts/$name.txt" ;; *) file="$root/corpus/$ext/$name.$ext" ;; esac
    [ -f "$file" ] || continue
    if ! java -jar "$jar" parse --format json "$file" > "$out/$name.$ext.json" 2> "$out/err"; then
      printf '%-28s %-5s %s\n' "$name" "$ext" "parse failed: $(head -1 "$out/err")"
      continue
    fi
    python3 "$root/corpus/tools/score.py" "$out/$name.$ext.json" "$gold" --json > "$out/score.json"
    python3 - "$out/score.json" "$name" "$ext" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
def f(k):
    v = s.get(k)
    return '-' if not isinstance(v, dict) or 'f1' not in v else '%.4f' % v['f1']
print('%-28s %-5s %11s %13s %11s %9s' % (sys.argv[2], sys.argv[3], f('principles'), f('undertakings'),
      f('undertakingsWithParty'), f('actionPoints')))
PY
  done
done
