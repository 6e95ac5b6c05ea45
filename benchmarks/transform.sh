#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Runs TransformBenchmark (P4: batch transform through Transformer against the raw xgboost4j engine
# on the same rows, and the transform's peak RSS at 1x and 10x the input under -Xmx256m) and
# writes results/TransformBenchmark.md. Not JMH: run.sh does not run it.
#
# usage: benchmarks/transform.sh [OPTION VALUE...]
#   --rows 1100000 --features 20 --trees 50 --depth 6 --reps 5 --warmup 2 --scale 10 --heap 256m --tight-heap 128m
#   --probe-cpus 16 --omp-threads 0 (0: the transformer model's xgboost threads per call stay the runtime's default)
#   (see the Javadoc of dev.sagemaker4j.benchmarks.TransformBenchmark)
# environment:
#   BENCH_RESULTS  write results there instead of benchmarks/results
#   MVN_OFFLINE=1  build with mvn -o
#   SKIP_BUILD=1   use the classes already in benchmarks/target
# Needs about 2.5 GB free under benchmarks/target/tmp with the defaults (deleted at the end).
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

tmp_dir="$bench_dir/target/tmp"
mkdir -p "$tmp_dir" "$results"
cd "$repo_dir"
exec java -Djava.io.tmpdir="$tmp_dir" -Daws.disableEc2Metadata=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")" \
    dev.sagemaker4j.benchmarks.TransformBenchmark --results "$results" "$@"
