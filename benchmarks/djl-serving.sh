#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# DJL serving (issue 20): Predictor.predict(NpyArray) on a local endpoint serving a TorchScript CNN, through the
# in-process typed path, beside a raw DJL Predictor on the same model.pt (goal: at most 1.05x); writes
# results/djl-serving/DjlServing-<label>.md.
# usage: benchmarks/djl-serving.sh [--batches 1,32] [--calls N] [--blocks N] [--warmup BLOCKS] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 512m) is the JVM's -Xmx; OMP_NUM_THREADS (default 1: PyTorch runs the model on the calling thread,
# whose CPU time the report gives; with more, PyTorch's OpenMP threads spin against other work on a shared machine).
set -euo pipefail

export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"

HEAP="${HEAP:-512m}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" DjlServingBenchmark djl-serving "$@"
