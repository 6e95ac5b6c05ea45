#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Runs EndpointServerLoad, the HTTP load harness of the endpoint server (not a JMH benchmark, so
# run.sh does not run it), and writes
#   results/EndpointServerLoad.json             every level's numbers
#   results/EndpointServerLoad.host.properties  the machine, commit and load they came from
#   results/EndpointServerLoad.md               the table and the goals, met or missed
# then refreshes results/README.md (ResultsTable lists the harness's table beside JMH's).
#
# usage: benchmarks/run-load.sh [HARNESS-OPTION...]
#   e.g. --seconds 2 --warmup 1 for a quick smoke run; --models onnx; --clients 1,8,32;
#   --in-process-clients 1,8 (see EndpointServerLoad's Javadoc)
# environment: BENCH_RESULTS, MVN_OFFLINE=1, SKIP_BUILD=1 as for run.sh
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
    echo "run-load.sh: $bench_dir/target/classpath.txt is missing: build with mvn -pl benchmarks -am package" >&2
    exit 1
fi

classpath="$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")"
tmp_dir="$bench_dir/target/tmp"
mkdir -p "$tmp_dir" "$results"
commit="$(git -C "$repo_dir" rev-parse --short HEAD 2>/dev/null || echo '?')"
if [[ -n "$(git -C "$repo_dir" status --porcelain -- . ':!benchmarks/results' 2>/dev/null)" ]]; then
    commit="$commit+uncommitted changes"
fi
java_opts=(
    --add-opens=java.base/java.nio=ALL-UNNAMED
    "-Djava.io.tmpdir=$tmp_dir"
    -Daws.disableEc2Metadata=true
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
    "-Dbench.commit=$commit"
)
echo "== EndpointServerLoad (harness)"
java "${java_opts[@]}" -cp "$classpath" dev.sagemaker4j.benchmarks.EndpointServerLoad --results "$results" "$@"
java "${java_opts[@]}" -cp "$classpath" dev.sagemaker4j.benchmarks.ResultsTable "$results"
echo "== tables: $results/README.md"
