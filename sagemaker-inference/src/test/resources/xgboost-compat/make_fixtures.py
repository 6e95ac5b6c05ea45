#!/usr/bin/env python3
"""Makes the XGBoost compatibility fixtures with Debian's python3-xgboost 1.7.4, the version SageMaker's
XGBoost 1.7-1 container runs. Run from this folder with /usr/bin/python3 (apt-get install python3-xgboost);
the test command itself never runs Python.

Writes, for each case: <case>.bin (the legacy binary format SageMaker's containers and xgboost 1.x write for
a file name without .json), <case>.json, <case>.ubj, and <case>.pred.csv (predictions of data.csv, float32 as
'%.9g'). data.csv has no label and holds missing values (empty cells)."""
import pickle
import numpy as np
import xgboost as xgb

assert xgb.__version__ == "1.7.4", xgb.__version__
rng = np.random.default_rng(20261205)
n, f = 400, 8
X = rng.normal(size=(n, f)).astype(np.float32)
X[rng.random(size=(n, f)) < 0.08] = np.nan          # missing values
score = np.nan_to_num(X[:, 0]) * 2 - np.nan_to_num(X[:, 1]) + np.nan_to_num(X[:, 2]) ** 2
cases = {
    "binary_logistic": ({"objective": "binary:logistic", "base_score": 0.3}, (score > 1).astype(np.float32)),
    "multi_softprob": ({"objective": "multi:softprob", "num_class": 3}, np.digitize(score, [0, 2]).astype(np.float32)),
    "reg_squarederror": ({"objective": "reg:squarederror", "base_score": 152.4}, (score * 30 + 150).astype(np.float32)),
    "dart_regression": ({"objective": "reg:squarederror", "booster": "dart", "rate_drop": 0.1, "seed": 7},
                        (score * 3).astype(np.float32)),
}
with open("data.csv", "w") as out:
    for row in X:
        out.write(",".join("" if np.isnan(v) else "%.9g" % v for v in row) + "\n")
for name, (params, y) in cases.items():
    params = dict(params, max_depth=4, eta=0.3, tree_method="hist", seed=params.get("seed", 1))
    booster = xgb.train(params, xgb.DMatrix(X, label=y, missing=np.nan), num_boost_round=15)
    booster.save_model(name + ".bin")
    booster.save_model(name + ".json")
    booster.save_model(name + ".ubj")
    pred = booster.predict(xgb.DMatrix(X, missing=np.nan))
    np.savetxt(name + ".pred.csv", pred.reshape(n, -1), fmt="%.9g", delimiter=",")
# a script-mode artifact: the booster pickled, as `pickle.dump(booster, f)` in a training script
with open("pickled_booster.pkl", "wb") as out:
    pickle.dump(xgb.Booster(model_file="binary_logistic.bin"), out)
