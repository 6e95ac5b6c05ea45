#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# The example pipeline (examples/.../PipelineQuickstart) run by the local engine against the same jobs run by hand
# in sequence (issue 18); writes results/pipeline-quickstart/PipelineQuickstart-<label>.md and .tsv.
# usage: benchmarks/pipeline-quickstart.sh [--warmup N] [--runs N] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn_args=(-B -ntp -q)
    if [[ -n "${MVN_OFFLINE:-}" ]]; then
        mvn_args+=(-o)
    fi
    (cd "$repo_dir" && mvn "${mvn_args[@]}" -pl benchmarks -am package -DskipTests)
fi

cd "$repo_dir"
mkdir -p "$bench_dir/target/tmp"
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -Djava.io.tmpdir="$bench_dir/target/tmp" \
    -Daws.disableEc2Metadata=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")" \
    dev.sagemaker4j.benchmarks.PipelineQuickstartBenchmark --out "$bench_dir/results/pipeline-quickstart" "$@"
