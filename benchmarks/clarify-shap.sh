#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Clarify's Kernel SHAP (issue 19) for 100 rows of a 20-feature model, default num_samples: through a local
# XGBoost endpoint (CSV, as Clarify calls its shadow endpoint), the raw booster and a plain Java function, beside
# TreeSHAP; time, model calls and rows, uptime load; writes results/clarify-shap/ClarifyShap-<label>.md.
# usage: benchmarks/clarify-shap.sh [--label TEXT] [--rows N] [--features N]
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
    dev.sagemaker4j.benchmarks.ClarifyShapBenchmark --out "$bench_dir/results/clarify-shap" "$@"
