#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Model Monitor's suggestBaseline over a generated CSV (20 features; 250k, 500k, 1M rows) beside a raw parse of
# the same file (issue 19: at most 1.5x the raw pass, memory flat in the row count); writes
# results/monitor-baseline/MonitorBaseline-<label>.md.
# usage: benchmarks/monitor-baseline.sh [--rows 250000,500000,1000000] [--runs N] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 512m) is the JVM's -Xmx.
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
exec java "-Xmx${HEAP:-512m}" --add-opens=java.base/java.nio=ALL-UNNAMED -Djava.io.tmpdir="$bench_dir/target/tmp" \
    -Daws.disableEc2Metadata=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")" \
    dev.sagemaker4j.benchmarks.MonitorBaselineBenchmark --out "$bench_dir/results/monitor-baseline" "$@"
