#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Runs FeatureStoreBenchmark (the feature store's goals P5-P7 beside raw RocksDB and DuckDB; not
# JMH) and writes
#   results/FeatureStoreBenchmark.md                 the tables and goal checks
#   results/featurestore/FeatureStoreBenchmark.json  the numbers (a subfolder: ResultsTable renders
#                                                    every *.json in results/ as JMH output)
#
# usage: benchmarks/run-featurestore.sh [OPTION...]
#   --parts P5,P6,P7               which parts (default all; P7-INGEST: only P7's first dataset after an ingest)
#   --p7 1000000x100000,...        P7 sizes as BASE-ROWSxFEATURE-RECORDS (default 1Mx100k and 10Mx1M)
#   --p5-records N --p5-calls N --p5-warmup N --p5-batch-calls N --p6-records N --p6-rounds N --put-calls N
#   e.g. --parts P5,P6 --p5-records 10000 --p5-calls 20000 --p6-records 100000 for a smoke run
# environment: BENCH_RESULTS (write there instead), MVN_OFFLINE=1 (mvn -o), SKIP_BUILD=1 (no build)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
results="${BENCH_RESULTS:-$bench_dir/results}"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn_args=(-B -ntp -q)
    if [[ -n "${MVN_OFFLINE:-}" ]]; then
        mvn_args+=(-o)
    fi
    (cd "$repo_dir" && mvn "${mvn_args[@]}" -pl benchmarks -am package -DskipTests)
fi
if [[ ! -s "$bench_dir/target/classpath.txt" ]]; then
    echo "run-featurestore.sh: $bench_dir/target/classpath.txt is missing: build with mvn -pl benchmarks -am package" >&2
    exit 1
fi

commit="$(git -C "$repo_dir" rev-parse --short HEAD 2>/dev/null || echo '?')"
if [[ -n "$(git -C "$repo_dir" status --porcelain -- . ':!benchmarks/results' 2>/dev/null)" ]]; then
    commit="$commit+uncommitted changes"
fi
tmp_dir="$bench_dir/target/tmp"
mkdir -p "$tmp_dir" "$results"
# tmpdir on the checkout's disk, not a tmpfs, so that fsync costs what it costs; the P7 child JVMs
# get the same options
exec java --add-opens=java.base/java.nio=ALL-UNNAMED "-Djava.io.tmpdir=$tmp_dir" -Daws.disableEc2Metadata=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "-Dbench.commit=$commit" \
    -cp "$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")" \
    dev.sagemaker4j.benchmarks.FeatureStoreBenchmark --out "$results" "$@"
