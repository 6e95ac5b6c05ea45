#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# The local pipeline engine's overhead (issue 18: time from a step's end to its dependents' start, p99 under
# 20 ms) for 50-step pipelines of trivial steps; writes results/pipeline-engine/PipelineEngine-<label>.md and .tsv.
# usage: benchmarks/pipeline-engine.sh [--warmup N] [--runs N] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" PipelineEngineBenchmark pipeline-engine "$@"
