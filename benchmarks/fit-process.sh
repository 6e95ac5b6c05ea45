#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Fresh process against fresh process: a JVM running Estimator.fit (FitProcess) against /usr/bin/python3
# running pandas.read_csv + xgboost.train (fitprocess/train_xgboost.py) on the same 150,000 x 40 CSV, 100 rounds,
# hist, depth 6. Rounds alternate the variants (order rotated), and report wall and CPU time per process.
#
# usage: benchmarks/fit-process.sh [--pairs N] [--out FILE]      (default 5 pairs, results/p3-fresh-process/fit-process.md)
# Take the shared lock around the whole run on a shared machine:
#   SKIP_BUILD=1 flock /work/bench.lock benchmarks/fit-process.sh
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what target/ holds; PYTHON (default /usr/bin/python3)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
pairs=5
out="$bench_dir/results/p3-fresh-process/fit-process.md"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --pairs) pairs="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        *) echo "usage: $0 [--pairs N] [--out FILE]" >&2; exit 2 ;;
    esac
done
python="${PYTHON:-/usr/bin/python3}"
work="$bench_dir/target/fit-process"
user_cp_file="$work/classpath.txt"
mkdir -p "$work/tmp"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    mvn_args=(-B -ntp -q)
    if [[ -n "${MVN_OFFLINE:-}" ]]; then
        mvn_args+=(-o)
    fi
    # the benchmarks module for FitProcess; sagemaker-estimators' own runtime class path for what a user's
    # program has (build-classpath runs for each module of the reactor: the last, estimators, writes the file)
    (cd "$repo_dir" && mvn "${mvn_args[@]}" -pl benchmarks -am package -DskipTests \
        && mvn "${mvn_args[@]}" -pl sagemaker-estimators -am package dependency:build-classpath -DskipTests \
            -DincludeScope=runtime -Dmdep.outputFile="$user_cp_file")
fi
estimators_jar="$(ls "$repo_dir"/sagemaker-estimators/target/sagemaker-estimators-*.jar | grep -v -e sources -e javadoc -e tests | head -1)"
bench_jar="$(ls "$bench_dir"/target/benchmarks-*.jar | grep -v -e sources -e javadoc -e tests | head -1)"
# what a user's program has on its class path: its own jar (here the benchmarks jar, for FitProcess) and
# sagemaker-estimators with its runtime dependencies. Jars only: CDS refuses a non-empty folder on the class path.
cp="$bench_jar:$estimators_jar:$(cat "$user_cp_file")"
java_cmd="java -Djava.io.tmpdir=$work/tmp -cp $cp dev.sagemaker4j.benchmarks.FitProcess"
variants=()
if [[ -n "${BEFORE_DIR:-}" ]]; then
    # the same program against the sagemaker4j jars built from an earlier commit in BEFORE_DIR (a source tree)
    before_cp="$cp"
    for module in sagemaker-core sagemaker-inference sagemaker-estimators; do
        before_cp="${before_cp//$repo_dir\/$module\/target\//$BEFORE_DIR/$module/target/}"
    done
    variants+=("java-before=java -Djava.io.tmpdir=$work/tmp -cp $before_cp dev.sagemaker4j.benchmarks.FitProcess fit $work/train.csv {run}/root")
fi

csv="$work/train.csv"
if [[ ! -s "$csv" ]]; then
    $java_cmd generate "$csv"
fi
# the documented one-time step for class-data sharing on Java 17: one run writes the archive at exit (again after
# a rebuild: the JVM ignores an archive whose jars changed)
for jar in "$bench_jar" "$estimators_jar" "$repo_dir"/sagemaker-core/target/sagemaker-core-*.jar; do
    if [[ "$jar" -nt "$work/fit.jsa" ]]; then
        rm -f "$work/fit.jsa"
    fi
done
if [[ ! -s "$work/fit.jsa" ]]; then
    java -XX:ArchiveClassesAtExit="$work/fit.jsa" -Djava.io.tmpdir="$work/tmp" -cp "$cp" \
        dev.sagemaker4j.benchmarks.FitProcess fit "$csv" "$work/cds-run" > /dev/null
    rm -rf "$work/cds-run"
fi

commit="$(cd "$repo_dir" && git rev-parse --short HEAD)$(cd "$repo_dir" && git diff --quiet HEAD -- . ':!benchmarks/results' || echo '+dirty')"
note="Commit $commit, $(date -u +%FT%TZ), $(nproc) CPUs, $(java -version 2>&1 | head -1), $("$python" -c 'import xgboost, pandas, sys; print("python", sys.version.split()[0], "xgboost", xgboost.__version__, "pandas", pandas.__version__)'). \
java: \`java -cp <app:sagemaker-estimators jars> FitProcess fit train.csv <root>\`; java+CDS: the same with \`-XX:SharedArchiveFile=fit.jsa\` (written once by \`-XX:ArchiveClassesAtExit=fit.jsa\`); python: \`$python train_xgboost.py train.csv <dir>\`."

FIT_TMP="$work/tmp" "$python" "$bench_dir/fitprocess/compare.py" --pairs "$pairs" --warmup "${FIT_WARMUP:-1}" --out "$out" --note "$note" \
    "python=$python $bench_dir/fitprocess/train_xgboost.py $csv {run}" \
    "java=$java_cmd fit $csv {run}/root" \
    "java+CDS=java -XX:SharedArchiveFile=$work/fit.jsa -Djava.io.tmpdir=$work/tmp -cp $cp dev.sagemaker4j.benchmarks.FitProcess fit $csv {run}/root" \
    "${variants[@]}"
