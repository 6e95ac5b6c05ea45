# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""The Python side of fit-process.sh: what a Python user runs to train on the CSV.

usage: /usr/bin/python3 train_xgboost.py TRAIN_CSV OUT_DIR

Reads the label-first, header-less CSV with pandas.read_csv, trains xgboost.train with the
estimator's parameters (binary:logistic, hist, max_depth 6, 100 rounds, nthread left to
xgboost's default: every core), evaluating the training matrix after every round and printing
the line (as the estimator's job logs it), and saves the model, as the job does.
"""
import os
import sys

import pandas as pd
import xgboost as xgb


def main():
    csv, out = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(csv, header=None)
    train = xgb.DMatrix(frame.iloc[:, 1:], label=frame.iloc[:, 0])
    params = {"objective": "binary:logistic", "tree_method": "hist", "max_depth": 6}
    booster = xgb.train(params, train, num_boost_round=100, evals=[(train, "train")])
    booster.save_model(os.path.join(out, "xgboost-model.json"))


if __name__ == "__main__":
    main()
