#!/usr/bin/env bash
# Builds examples/embedder (a separate Maven project depending only on compactkit-core) against the
# core jar installed from this checkout, then runs the README example in a folder holding the two
# documents it names. Fails when the example does not compile, differs from the README, or fails.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -pl core -am -DskipTests
mvn -B -q -f examples/embedder/pom.xml verify dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
run=examples/embedder/target/run
mkdir -p "$run"
cp corpus/pdf/westminster.pdf corpus/compacts/bromley.txt "$run/"
cp_line="$(pwd)/examples/embedder/target/classes:$(cat examples/embedder/target/classpath.txt)"
(cd "$run" && java -cp "$cp_line" example.ReadmeExample > output.txt 2> errors.txt)
tail -n 1 "$run/output.txt"
grep -q "matched commitments with Bromley" "$run/output.txt"
