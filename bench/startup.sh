#!/usr/bin/env bash
# Start-up of the command line beside a hello-world `java` process, measured side by side in one run:
# the runs are interleaved round by round, so a busy machine slows all of them alike.
#
#   bench/startup.sh [ROUNDS]        (default 10; run from anywhere in the checkout)
#
# Prints, per case, the median wall-clock time, the median CPU time (user + system), the ratio of
# the median wall time to hello-world's, and the classes the JVM loaded (all, and Apache POI, PDFBox
# and Tika ones). Cases: hello world; `parse` of a small text compact (harbourside.txt, 2.9 KB) and of
# a 22-page PDF (westminster.pdf), each by plain `java -jar` and by the ./compactkit wrapper
# (class-data sharing archive, quick compiler for single documents).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-10}"
jar="$root/cli-example/target/compactkit.jar"
small="$root/corpus/compacts/harbourside.txt"
pdf="$root/corpus/pdf/westminster.pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The wrapper builds the jar and its class-data archive on first use: do that before timing.
"$root/compactkit" parse "$small" >/dev/null

cat >"$work/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
EOF
javac -d "$work" "$work/Hello.java"

cases=(hello txt-java-jar txt-wrapper pdf-java-jar pdf-wrapper)
run_case() {
  case "$1" in
    hello) java -cp "$work" Hello ;;
    txt-java-jar) java -jar "$jar" parse "$small" ;;
    txt-wrapper) "$root/compactkit" parse "$small" ;;
    pdf-java-jar) java -jar "$jar" parse "$pdf" ;;
    pdf-wrapper) "$root/compactkit" parse "$pdf" ;;
  esac
}

TIMEFORMAT='%R %U %S'
for ((r = 1; r <= rounds; r++)); do
  for c in "${cases[@]}"; do
    { time run_case "$c" >/dev/null 2>&1; } 2>>"$work/$c.times"
  done
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
classes() {
  local log="$work/$1.classes"
  case "$1" in
    hello) java -Xlog:class+load:file="$log" -cp "$work" Hello >/dev/null ;;
    txt-java-jar) java -Xlog:class+load:file="$log" -jar "$jar" parse "$small" >/dev/null ;;
    txt-wrapper) COMPACTKIT_JAVA_OPTS="-Xlog:class+load:file=$log" "$root/compactkit" parse "$small" >/dev/null ;;
    pdf-java-jar) java -Xlog:class+load:file="$log" -jar "$jar" parse "$pdf" >/dev/null ;;
    pdf-wrapper) COMPACTKIT_JAVA_OPTS="-Xlog:class+load:file=$log" "$root/compactkit" parse "$pdf" >/dev/null ;;
  esac
  local all poi pdfbox tika archived
  all=$(grep -c 'class,load' "$log")
  poi=$(grep -c ' org\.apache\.poi\.' "$log" || true)
  pdfbox=$(grep -c ' org\.apache\.pdfbox\.' "$log" || true)
  tika=$(grep -c ' org\.apache\.tika\.' "$log" || true)
  archived=$(grep -c 'shared objects file' "$log" || true)
  echo "$all | $poi | $pdfbox | $tika | $archived"
}

hello=$(awk '{print $1}' "$work/hello.times" | median)
echo "rounds: $rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo
echo "| case | median wall (s) | × hello world | median CPU (s) | classes loaded | POI | PDFBox | Tika | from CDS archives |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in "${cases[@]}"; do
  wall=$(awk '{print $1}' "$work/$c.times" | median)
  cpu=$(awk '{print $2 + $3}' "$work/$c.times" | median)
  ratio=$(awk -v w="$wall" -v h="$hello" 'BEGIN {printf "%.1f", w / h}')
  echo "| $c | $wall | $ratio | $cpu | $(classes "$c") |"
done
