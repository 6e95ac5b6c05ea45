#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Runs the JMH benchmarks of this module, one JMH run per benchmark class, then the harnesses (classes
# with a main that alternate their variants in one JVM and write JMH's JSON themselves), and writes
#   results/<Class>.json             JMH's JSON results
#   results/<Class>.host.properties  the machine, commit and load they came from
#   results/<Class>.md               a markdown table (score, MB/s, ratio to the raw baseline)
#   results/README.md                an index of every table in results/
#
# usage: benchmarks/run.sh [REGEX [JMH-OPTION...]]
#   REGEX        run only the benchmarks whose full name matches (JMH's include regex), and the harnesses
#                whose class name matches; default: all
#   JMH-OPTION   passed to JMH as is, e.g. -wi 0 -i 1 -r 200ms for a quick smoke run; harnesses take
#                -wi N and -i N (pairs) and ignore the rest
# environment:
#   BENCH_RESULTS  write results there instead of benchmarks/results
#   MVN_OFFLINE=1  build with mvn -o
#   SKIP_BUILD=1   use the classes already in benchmarks/target
# Works from the repository root, from benchmarks/ or from anywhere else.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
results="${BENCH_RESULTS:-$bench_dir/results}"
filter="${1:-}"
jmh_extra=("${@:2}")

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn_args=(-B -ntp -q)
    if [[ -n "${MVN_OFFLINE:-}" ]]; then
        mvn_args+=(-o)
    fi
    # package also writes target/classpath.txt (dependency:build-classpath, bound in benchmarks/pom.xml)
    (cd "$repo_dir" && mvn "${mvn_args[@]}" -pl benchmarks -am package -DskipTests)
fi

if [[ ! -s "$bench_dir/target/classes/META-INF/BenchmarkList" ]]; then
    echo "run.sh: $bench_dir/target/classes/META-INF/BenchmarkList is missing: the JMH annotation" \
         "processor did not run (check annotationProcessorPaths in benchmarks/pom.xml)" >&2
    exit 1
fi
if [[ ! -s "$bench_dir/target/classpath.txt" ]]; then
    echo "run.sh: $bench_dir/target/classpath.txt is missing: build with mvn -pl benchmarks -am package" >&2
    exit 1
fi

classpath="$bench_dir/target/classes:$(cat "$bench_dir/target/classpath.txt")"
tmp_dir="$bench_dir/target/tmp"
mkdir -p "$tmp_dir" "$results"
# JMH's forked JVMs inherit these options from this one
java_opts=(
    --add-opens=java.base/java.nio=ALL-UNNAMED
    "-Djava.io.tmpdir=$tmp_dir"
    -Daws.disableEc2Metadata=true
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
)
jmh() {
    java "${java_opts[@]}" -cp "$classpath" org.openjdk.jmh.Main "$@"
}

# harnesses: not JMH benchmarks, so JMH does not list them; each takes -rff FILE like JMH
harnesses=(
    dev.sagemaker4j.benchmarks.XGBoostFitBenchmark
)

# full names (package.Class.method) of the benchmarks to run, in JMH's order
mapfile -t selected < <(jmh -l ${filter:+"$filter"} | awk 'listed && NF { print $1 } /^Benchmarks:/ { listed = 1 }')
mapfile -t selected_harnesses < <(printf '%s\n' "${harnesses[@]}" | grep -E -- "${filter:-.}" || true)
if [[ ${#selected[@]} -eq 0 && ${#selected_harnesses[@]} -eq 0 ]]; then
    echo "run.sh: no benchmark matches '${filter}'" >&2
    exit 1
fi
classes=()
if [[ ${#selected[@]} -gt 0 ]]; then
    mapfile -t classes < <(printf '%s\n' "${selected[@]}" | sed 's/\.[^.]*$//' | awk '!seen[$0]++')
fi

host_properties() {
    local cpus cpu memory dirty=""
    cpus="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
    cpu="$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo 2>/dev/null | head -n 1)"
    memory="$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
    if [[ -n "$(git -C "$repo_dir" status --porcelain -- . ':!benchmarks/results' 2>/dev/null)" ]]; then
        dirty="+uncommitted changes"
    fi
    echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit=$(git -C "$repo_dir" rev-parse --short HEAD 2>/dev/null || echo '?')$dirty"
    echo "cpus=$cpus"
    echo "cpu=${cpu:-?}"
    echo "memory=${memory:-?}"
    echo "os=$(uname -s) $(uname -r) $(uname -m)"
    echo "tmpfs=$(df -PT "$tmp_dir" 2>/dev/null | awk 'NR == 2 { print $2 }')"
    echo "load=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
    echo "jmhOptions=${jmh_extra[*]:-}"
}

for class in ${classes[@]+"${classes[@]}"}; do
    name="${class##*.}"
    methods="$(printf '%s\n' "${selected[@]}" | sed -n "s/^${class//./\\.}\.//p" | paste -sd '|' -)"
    pattern="^${class//./\\.}\\.(${methods})\$"
    echo "== $name: ${methods//|/, }"
    host_properties > "$results/$name.host.properties.tmp"
    jmh "$pattern" -foe true -rf json -rff "$results/$name.json.tmp" ${jmh_extra[@]+"${jmh_extra[@]}"}
    mv "$results/$name.host.properties.tmp" "$results/$name.host.properties"
    mv "$results/$name.json.tmp" "$results/$name.json"
done

for harness in ${selected_harnesses[@]+"${selected_harnesses[@]}"}; do
    name="${harness##*.}"
    echo "== $name (harness)"
    host_properties > "$results/$name.host.properties.tmp"
    # xgboost prints a line per round to stderr (XGBoost.train's watch): keep the rest of stderr
    java "${java_opts[@]}" -cp "$classpath" "$harness" -rff "$results/$name.json.tmp" \
        ${jmh_extra[@]+"${jmh_extra[@]}"} \
        2> >(grep --line-buffered -v -E '^\[[0-9:]+\] \[[0-9]+\][[:space:]]+train-|^[[:space:]]*$' >&2)
    mv "$results/$name.host.properties.tmp" "$results/$name.host.properties"
    mv "$results/$name.json.tmp" "$results/$name.json"
done

java "${java_opts[@]}" -cp "$classpath" dev.sagemaker4j.benchmarks.ResultsTable "$results"
echo "== tables: $results/README.md"
