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

HEAP="${HEAP:-512m}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" MonitorBaselineBenchmark monitor-baseline "$@"
