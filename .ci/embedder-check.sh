#!/usr/bin/env bash
# Builds examples/embedder (a separate Maven project depending only on compactkit-core and
# compactkit-report) against the jars installed from this checkout, then runs the README example in a
# folder holding the two documents it names. Fails when the example does not compile, differs from
# the README, fails, writes no HTML report, or prints anything on standard error (such as SLF4J's
# "No SLF4J providers" notice: logging goes to the embedder's binding).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -pl core,report -am -DskipTests
mvn -B -q -f examples/embedder/pom.xml verify dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
run=examples/embedder/target/run
mkdir -p "$run"
cp corpus/pdf/westminster.pdf corpus/compacts/bromley.txt "$run/"
cp_line="$(pwd)/examples/embedder/target/classes:$(cat examples/embedder/target/classpath.txt)"
(cd "$run" && java -cp "$cp_line" example.ReadmeExample > output.txt 2> errors.txt)
tail -n 1 "$run/output.txt"
grep -q "matched commitments with Bromley" "$run/output.txt"
grep -q "<html" "$run/report.html"
grep -q "Westminster and Bromley" "$run/report.html"
if [ -s "$run/errors.txt" ]; then
  echo "the embedder example wrote to standard error:" >&2
  cat "$run/errors.txt" >&2
  exit 1
fi
