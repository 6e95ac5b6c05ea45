#!/usr/bin/env python3
"""Writes the training sets of the XGBoost artifact fixtures (label first, no header, as SageMaker's XGBoost
reads text/csv) and their features alone, from scikit-learn's bundled data sets (no download)."""
import numpy as np
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris

for name, loader in [("breast_cancer", load_breast_cancer), ("diabetes", load_diabetes), ("iris", load_iris)]:
    X, y = loader(return_X_y=True)
    X = X.astype(np.float32)
    np.savetxt(name + ".train.csv", np.column_stack([y, X]), fmt="%.9g", delimiter=",")
    np.savetxt(name + ".features.csv", X, fmt="%.9g", delimiter=",")
