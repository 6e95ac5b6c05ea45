#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# The example pipeline (examples/.../PipelineQuickstart) run by the local engine against the same jobs run by hand
# in sequence (issue 18); writes results/pipeline-quickstart/PipelineQuickstart-<label>.md and .tsv.
# usage: benchmarks/pipeline-quickstart.sh [--warmup N] [--runs N] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" PipelineQuickstartBenchmark pipeline-quickstart "$@"
