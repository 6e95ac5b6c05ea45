#!/usr/bin/env python3
"""Predicts each artifact the Java side wrote (<case>-<image version>.xgboost-model, the xgboost-model file of
its model.tar.gz) with Debian's python3-xgboost 1.7.4, the version of SageMaker's XGBoost 1.7-1 container, as
the container loads it (xgb.Booster(model_file=...), whatever the format). Writes <model>.pred.csv."""
import glob
import numpy as np
import xgboost as xgb

assert xgb.__version__ == "1.7.4", xgb.__version__
for path in sorted(glob.glob("*.xgboost-model")):
    case = path.split("-")[0]
    booster = xgb.Booster(model_file=path)
    X = np.loadtxt(case + ".features.csv", delimiter=",", dtype=np.float32)
    pred = booster.predict(xgb.DMatrix(X))
    np.savetxt(path[: -len(".xgboost-model")] + ".pred.csv", pred.reshape(len(X), -1), fmt="%.9g", delimiter=",")
