#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# DJL training of the examples' small CNN through JavaEstimator + DjlTraining beside the same DJL loop written by
# hand, same JVM (issue 20: estimator at most 1.05x the hand-written loop); writes
# results/djl-training/DjlTraining-<label>.md.
# usage: benchmarks/djl-training.sh [--per-class N] [--epochs E] [--runs R] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 1g) is the JVM's -Xmx.
set -euo pipefail

HEAP="${HEAP:-1g}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" DjlTrainingBenchmark djl-training "$@"
