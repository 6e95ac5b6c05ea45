#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Clarify's Kernel SHAP (issue 19) for 100 rows of a 20-feature model, default num_samples: through a local
# XGBoost endpoint (CSV, as Clarify calls its shadow endpoint), the raw booster and a plain Java function, beside
# TreeSHAP; time, model calls and rows, uptime load; writes results/clarify-shap/ClarifyShap-<label>.md.
# usage: benchmarks/clarify-shap.sh [--label TEXT] [--rows N] [--features N]
# environment: MVN_OFFLINE=1 builds with mvn -o; SKIP_BUILD=1 uses what benchmarks/target holds.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/harness-main.sh" ClarifyShapBenchmark clarify-shap "$@"
