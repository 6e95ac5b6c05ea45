#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Builds the benchmarks module (unless SKIP_BUILD=1) and runs one harness main with its output folder under
# results/; the per-benchmark scripts (clarify-shap.sh, monitor-baseline.sh, pipeline-engine.sh,
# pipeline-quickstart.sh) call it.
# usage: benchmarks/harness-main.sh MAIN-CLASS RESULTS-FOLDER [HARNESS-OPTION...]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP, when set, is the JVM's -Xmx.
set -euo pipefail

main_class="$1"
results="$2"
shift 2

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn_args=(-B -ntp -q)
    if [[ -n "${MVN_OFFLINE:-}" ]]; then
        mvn_args+=(-o)
    fi
    (cd "$repo_dir" && mvn "${mvn_args[@]}" -pl benchmarks -am package -DskipTests)
fi

java_args=()
if [[ -n "${HEAP:-}" ]]; then
    java_args+=("-Xmx$HEAP")
fi
cd "$repo_dir"
mkdir -p "$bench_dir/target/tmp"
exec java ${java_args[@]+"${java_args[@]}"} --add-opens=java.base/java.nio=ALL-UNNAMED \
    -Djava.io.tmpdir="$bench_dir/target/tmp" -Daws.disableEc2Metadata=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")" \
    "dev.sagemaker4j.benchmarks.$main_class" --out "$bench_dir/results/$results" "$@"
