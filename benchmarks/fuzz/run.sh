#!/usr/bin/env bash
# Fuzzing campaign: runs each Jazzer @FuzzTest target with JAZZER_FUZZ=1 for N seconds, one or two at a
# time, and writes benchmarks/results/fuzz-summary.md (executions, exec/s, findings, timeouts per target).
#
#   benchmarks/fuzz/run.sh [seconds-per-target (600)] [parallel jobs (1)] [target filter regex]
#
# The plain build (mvn verify) only replays the committed corpus; this script is where fuzzing happens.
# Findings Jazzer writes into a target's inputs folder (crash-*, timeout-*) are moved to
# benchmarks/fuzz/findings/<Class>.<method>/ so they never join the regression corpus by accident:
# fix the code, then copy the input into the corpus as a regression entry.
# Logs: $FUZZ_LOGS (default /tmp/fuzz-logs). Run from the repository root; needs Maven offline-ready.
set -uo pipefail
SECS=${1:-600}
JOBS=${2:-1}
FILTER=${3:-.}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOGS=${FUZZ_LOGS:-/tmp/fuzz-logs}
mkdir -p "$LOGS"
cd "$ROOT"

# core and inference alternate, so two jobs at a time rarely run the same module (and never the same class)
TARGETS=(
  "sagemaker-core dev.sagemaker4j.deserializers.DeserializersFuzzTest csv"
  "sagemaker-inference dev.sagemaker4j.model.internal.RowsFuzzTest csv"
  "sagemaker-core dev.sagemaker4j.deserializers.DeserializersFuzzTest json"
  "sagemaker-inference dev.sagemaker4j.model.internal.RowsFuzzTest csvFlat"
  "sagemaker-core dev.sagemaker4j.deserializers.DeserializersFuzzTest jsonLines"
  "sagemaker-inference dev.sagemaker4j.model.internal.RowsFuzzTest decode"
  "sagemaker-core dev.sagemaker4j.deserializers.DeserializersFuzzTest numpy"
  "sagemaker-inference dev.sagemaker4j.hosting.internal.JsonPathFilterFuzzTest filter"
  "sagemaker-core dev.sagemaker4j.npy.NpyFuzzTest read"
  "sagemaker-inference dev.sagemaker4j.serving.internal.SigV4VerifierFuzzTest verify"
  "sagemaker-core dev.sagemaker4j.local.SdkJsonFuzzTest fromJson"
  "sagemaker-inference dev.sagemaker4j.serving.HttpHandlersFuzzTest request"
  "sagemaker-core dev.sagemaker4j.local.TarballsFuzzTest unpack"
  "sagemaker-estimators dev.sagemaker4j.estimator.internal.TabularDataFuzzTest csv"
  "sagemaker-featurestore dev.sagemaker4j.featurestore.internal.EventTimesFuzzTest parseMicros"
  "sagemaker-estimators dev.sagemaker4j.estimator.internal.TabularDataFuzzTest libsvm"
)

# compile everything once; each target then runs only its own test
mvn -B -ntp -o -q test-compile -pl sagemaker-core,sagemaker-inference,sagemaker-estimators,sagemaker-featurestore -am \
  >"$LOGS/compile.log" 2>&1 || { echo "compile failed, see $LOGS/compile.log"; exit 1; }

run_one() {
  local module=$1 class=$2 method=$3
  local simple=${class##*.} name="${class##*.}.$method"
  local log="$LOGS/$name.log"
  local inputs="$module/src/test/resources/$(dirname "${class//.//}")/${simple}Inputs/$method"
  echo "$(date +%T) start $name (${SECS}s)"
  # -timeout: a single input running 10 s is a hang; keep_going: count distinct findings instead of
  # stopping at the first; -rss_limit_mb stays off (Jazzer's default), the JVM's -Xmx2g bounds memory.
  # main compile and resources are skipped (done above), so parallel jobs do not rewrite each other's classes
  JAZZER_FUZZ=1 mvn -B -ntp -o -pl "$module" -am test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.main.skip=true -Dmaven.resources.skip=true \
    -Dtest="$class#$method" -Djazzer.hooks=true -Djazzer.keep_going=50 \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$SECS" \
    -Djazzer.internal.arg.2=-timeout=10 -Dsurefire.redirectTestOutputToFile=false >"$log" 2>&1
  local report="$module/target/surefire-reports/$class-output.txt"
  [ -f "$report" ] && cat "$report" >>"$log"
  mkdir -p "benchmarks/fuzz/findings/$name"
  find "$inputs" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' \) \
    -exec mv {} "benchmarks/fuzz/findings/$name/" \; 2>/dev/null
  rmdir "benchmarks/fuzz/findings/$name" 2>/dev/null
  echo "$(date +%T) done  $name"
}

active=0
for t in "${TARGETS[@]}"; do
  set -- $t
  [[ "$2.$3" =~ $FILTER ]] || continue
  run_one "$1" "$2" "$3" &
  active=$((active + 1))
  if [ "$active" -ge "$JOBS" ]; then
    wait -n
    active=$((active - 1))
  fi
done
wait

python3 "$ROOT/benchmarks/fuzz/summary.py" "$LOGS" "$SECS" "$JOBS" >"$ROOT/benchmarks/results/fuzz-summary.md"
echo "wrote benchmarks/results/fuzz-summary.md"
