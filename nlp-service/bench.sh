#!/usr/bin/env bash
# Benchmark of the enrichment over the BBC corpus (../shared/corpus/bbc, read in place), one JVM per
# configuration. Run from the project root: nlp-service/bench.sh [per-category] [configs...]
# A configuration is "sutime=<bool>,fine-grained=<bool>"; default: the three in docs/benchmarks.md.
# Prints one Markdown row per configuration. Not part of the build; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
per_category="${1:-40}"
shift || true
configs=("$@")
if [ ${#configs[@]} -eq 0 ]; then
  configs=("sutime=false,fine-grained=false" "sutime=true,fine-grained=false" "sutime=true,fine-grained=true")
fi
./mvnw -B -q -o test-compile -pl nlp-service
./mvnw -B -q -o dependency:build-classpath -pl nlp-service -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="nlp-service/target/test-classes:nlp-service/target/classes:$(cat nlp-service/target/bench.classpath)"
for config in "${configs[@]}"; do
  sutime="${config#*sutime=}"; sutime="${sutime%%,*}"
  fine="${config#*fine-grained=}"; fine="${fine%%,*}"
  java -Xmx2g -XX:+UseParallelGC -cp "$cp" io.newslens.nlp.service.EnrichmentBenchmark \
    --sutime="$sutime" --fine-grained="$fine" --per-category="$per_category" \
    --corpus="${NEWSLENS_SHARED_DIR:-../shared}/corpus/bbc" 2>/dev/null | grep -E '^\||^load'
done
