#!/usr/bin/env bash
# Remakes the XGBoost artifact fixtures: data from scikit-learn, models trained by this project's Estimator
# (one per case and image version, XGBoostArtifactsTest#writeFixtures), predictions of those models by Python
# xgboost 1.7.4. Needs: apt-get install python3-xgboost python3-sklearn. The tests never run Python.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../../.." && pwd)
cd "$here" && /usr/bin/python3 make_data.py
cd "$top" && mvn -B -q -ntp -pl sagemaker-estimators -am verify -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='XGBoostArtifactsTest#writeFixtures' -Dxgboost.fixtures="$here"
cd "$here" && /usr/bin/python3 predict.py
