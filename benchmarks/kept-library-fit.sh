#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Issue 20: KNN and factorization machines (Tribuo), Random Cut Forest (randomcutforest-core) and LightGBM
# (lightgbmlib) trained through the generic Estimator with their SageMaker images, beside the raw library call on
# the same records; writes results/kept-library-fit/KeptLibraryFit-<label>.md; --only runs the named cases.
# usage: benchmarks/kept-library-fit.sh [--runs N] [--label TEXT] [--only knn,fm,rcf,lightgbm]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds;
# HEAP (default 2g) is the JVM's -Xmx.
set -euo pipefail

HEAP="${HEAP:-2g}" exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" KeptLibraryFitBenchmark kept-library-fit "$@"
