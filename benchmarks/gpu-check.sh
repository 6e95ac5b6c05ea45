#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Issue 20's GPU check, prepared for a machine with an NVIDIA GPU (run it whenever one is lent; it also runs, and
# reports each fallback, on a machine without one): the GPUs the local backend sees, raw xgboost4j on device=cpu
# vs device=cuda (time, AUC, largest prediction difference), Estimator.fit on local vs local_gpu (time and the
# job's device line), and whether ONNX Runtime's CUDA provider loads. Writes results/gpu-check/gpu-check-<label>.md.
# usage: benchmarks/gpu-check.sh [--rows 200000] [--features 50] [--rounds 100] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds; HEAP (default 4g).
set -euo pipefail

HEAP="${HEAP:-4g}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" GpuCheck gpu-check "$@"
