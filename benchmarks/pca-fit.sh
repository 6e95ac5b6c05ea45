#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# PCA's fit through PCA.fit(recordSet) (a local training job, regular mode) beside the raw EJML call on the same
# in-memory data (issue 20: each new built-in's fit against its raw library call); writes
# results/pca-fit/PcaFit-<label>.md.
# usage: benchmarks/pca-fit.sh [--rows 100000] [--dim 50] [--components 10] [--runs 5] [--label TEXT]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 1g) is the JVM's -Xmx.
set -euo pipefail

HEAP="${HEAP:-1g}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" PcaFitBenchmark pca-fit "$@"
