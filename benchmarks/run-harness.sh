#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Runs a harness: a benchmark main that is not JMH (so run.sh does not run it) and writes its own
#   results/<Name>.json             every row's numbers
#   results/<Name>.host.properties  the machine, commit and load they came from
#   results/<Name>.md               its table, with its goals met or missed
# then refreshes results/README.md (ResultsTable lists a harness's table beside JMH's).
#
# usage: benchmarks/run-harness.sh NAME [HARNESS-OPTION...]
#   NAME            EndpointServerLoad (HTTP load on the endpoint server), PredictPairs
#                   (PredictBenchmark's variants in alternation, for ratios on a busy machine),
#                   TuningBenchmark (P8: Bayesian against Random tuning, the tuner's overhead per job) or
#                   RegistryLineageBenchmark (ListModelPackages and QueryLineage reads; writes
#                   results/registry-lineage/)
#   HARNESS-OPTION  --name value pairs, see the harness's Javadoc; e.g. --warmup 1 --seconds 1 for a
#                   quick smoke run
# environment: BENCH_RESULTS, MVN_OFFLINE=1, SKIP_BUILD=1 as for run.sh
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
    echo "usage: $0 EndpointServerLoad|PredictPairs|TuningBenchmark|RegistryLineageBenchmark [--name value ...]" >&2
    exit 2
fi
name="$1"
shift

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
    echo "run-harness.sh: $bench_dir/target/classpath.txt is missing: build with mvn -pl benchmarks -am package" >&2
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
echo "== $name (harness)"
java "${java_opts[@]}" -cp "$classpath" "dev.sagemaker4j.benchmarks.$name" --results "$results" "$@"
java "${java_opts[@]}" -cp "$classpath" dev.sagemaker4j.benchmarks.ResultsTable "$results"
echo "== tables: $results/README.md"
