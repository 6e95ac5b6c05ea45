#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Distributed training on this machine's cores (issue 20, point 5): XGBoost fit on 1 host (nthread 1), 2 hosts
# (nthread 1 each, ShardedByS3Key, xgboost4j's collective) and 1 host (nthread 2); DJL training of the examples' CNN
# on 1 host vs 2 hosts (data-parallel, PyTorch threads 1 per host); wall, CPU and validation quality; writes
# results/distributed-training/DistributedTraining-<label>.md.
# usage: benchmarks/distributed-training.sh [--rows N] [--features F] [--rounds R] [--per-class N] [--epochs E]
#        [--runs R] [--only xgboost|djl] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 3g) is the JVM's -Xmx.
set -euo pipefail

HEAP="${HEAP:-3g}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" DistributedTrainingBenchmark \
    distributed-training "$@"
